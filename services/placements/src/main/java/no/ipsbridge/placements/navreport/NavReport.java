package no.ipsbridge.placements.navreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import no.ipsbridge.events.placements.NavReportKind;

/**
 * A report to the client's NAV counsellor: a draft the specialist previews and completes, then sent as a PDF that
 * cannot change any more.
 */
@TemplateData
@Entity
public class NavReport extends PanacheEntityBase {

    public enum Status {
        DRAFT, SENT
    }

    @Id
    public UUID id;
    @Version
    public long version;
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    public NavReportKind kind;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** {@link ReportFigures} as JSON. */
    public String figures;
    public String progress;
    public String nextSteps;
    public String endReason;
    public String recommendations;
    public boolean clientInformed;
    public String createdBy;
    public Instant createdAt;
    public String sentBy;
    public Instant sentAt;
    public byte[] pdf;

    /** The free-text sections this kind of report must have before it is sent, by field name. */
    public List<String> missingSections() {
        List<String> missing = new ArrayList<>();
        if (kind == NavReportKind.INTERVAL) {
            addIfBlank(missing, "progress", progress);
            addIfBlank(missing, "nextSteps", nextSteps);
        } else {
            addIfBlank(missing, "endReason", endReason);
            addIfBlank(missing, "recommendations", recommendations);
        }
        return missing;
    }

    private static void addIfBlank(List<String> missing, String field, String text) {
        if (text == null || text.isBlank()) {
            missing.add(field);
        }
    }
}
