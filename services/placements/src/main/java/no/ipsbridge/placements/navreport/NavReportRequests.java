package no.ipsbridge.placements.navreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.events.placements.NavReportKind;

/** What the report endpoints take and give. */
public final class NavReportRequests {

    private NavReportRequests() {
    }

    @Schema(name = "NewNavReport", description = "Generate a draft from what was recorded for the client in the period")
    public record NewReport(
            @Schema(description = "INTERVAL (progress over a period) or END (at the end of IPS)", required = true)
            @NotNull NavReportKind kind,
            @Schema(description = "First day of the period", required = true) @NotNull LocalDate periodFrom,
            @Schema(description = "Last day of the period; today if absent") @PastOrPresent LocalDate periodTo) {
    }

    @Schema(name = "NavReportText", description = """
            The specialist's own words: progress and next steps for an interval report, the reason for ending and
            recommendations for an end report. Replaces the text whole. Stays in the report; never in an event or
            a log.""")
    public record Text(
            @Size(max = 4000) String progress,
            @Size(max = 4000) String nextSteps,
            @Size(max = 4000) String endReason,
            @Size(max = 4000) String recommendations,
            @Schema(description = "The client has been told what the report says", required = true)
            @NotNull Boolean clientInformed) {
    }

    @Schema(name = "NavReport", description = "A report to the client's NAV counsellor")
    public record View(UUID id, UUID clientId, NavReportKind kind, LocalDate periodFrom, LocalDate periodTo,
            NavReport.Status status, ReportFigures figures, String progress, String nextSteps, String endReason,
            String recommendations, boolean clientInformed, String createdBy, Instant createdAt, String sentBy,
            Instant sentAt,
            @Schema(description = "Where to read the sent report as a PDF; null while a draft") String pdf) {

        static View of(NavReport report, ReportFigures figures) {
            return new View(report.id, report.clientId, report.kind, report.periodFrom, report.periodTo, report.status,
                    figures, report.progress, report.nextSteps, report.endReason, report.recommendations,
                    report.clientInformed, report.createdBy, report.createdAt, report.sentBy, report.sentAt,
                    report.status == NavReport.Status.SENT
                            ? "/api/clients/" + report.clientId + "/nav-reports/" + report.id + "/pdf" : null);
        }
    }
}
