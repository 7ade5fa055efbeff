package no.ipsbridge.reporting.fidelity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One item of a review: where its final score came from. */
@Entity
@Table(name = "fidelity_review_item")
public class FidelityReviewItem extends PanacheEntityBase {

    /** Where an item's final score came from. */
    public enum Origin {
        /** The reviewers accepted the score IPS Bridge computed. */
        COMPUTED,
        /** The reviewers gave a score different from the computed one, with a reason. */
        OVERRIDDEN,
        /** The reviewers scored an item the data cannot, or can only partly, show. */
        REVIEWED,
        /** Not scored yet: the review has no total until every item has a score. */
        MISSING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne
    @JoinColumn(name = "review_id")
    public FidelityReview review;
    public short item;
    @Enumerated(EnumType.STRING)
    public Origin origin;
    public Short proposedScore;
    public Short finalScore;
    public String reason;
}
