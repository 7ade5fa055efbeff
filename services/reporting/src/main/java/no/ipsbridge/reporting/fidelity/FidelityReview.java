package no.ipsbridge.reporting.fidelity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A fidelity review as recorded: the reviewers' scores and, frozen beside them, the scores IPS Bridge proposed
 * on the day, so a past review reads the same even when late events change this quarter's figures.
 */
@Entity
@Table(name = "fidelity_review")
public class FidelityReview extends PanacheEntityBase {

    @Id
    public UUID reviewId;
    public String unit;
    public String quarter;
    public LocalDate reviewedOn;
    public String recordedBy;
    public Instant recordedAt;
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("item")
    public List<FidelityReviewItem> items = new ArrayList<>();
}
