package no.ipsbridge.placements.benefits;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.placements.CounselledBy;

/** Work-incentive counselling a client was given; the topics, never what was said. */
@Entity
public class BenefitsCounselling extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID clientId;
    public String recordedBy;
    public LocalDate givenOn;
    @Enumerated(EnumType.STRING)
    public CounselledBy givenBy;
    /** {@link no.ipsbridge.events.placements.BenefitsTopic} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics;
    public LocalDate nextReviewOn;
}
