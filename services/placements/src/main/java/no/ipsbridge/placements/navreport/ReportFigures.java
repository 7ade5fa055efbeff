package no.ipsbridge.placements.navreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.qute.TemplateData;

import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.placements.JobEndReason;
import no.ipsbridge.events.specialists.ActivityKind;

/**
 * What the recorded data says about a client over a report's period, frozen when the report is generated so that
 * the preview is what is sent.
 *
 * @param workplacesWithheld true for a client with a protected address: employers are left out of the report
 */
@TemplateData
@Schema(name = "NavReportFigures", description = "The period's facts, from what IPS Bridge recorded")
public record ReportFigures(
        @Schema(description = "The client's IPS status when the report was generated") ClientStatus status,
        boolean workingAtEnd,
        @Schema(description = "Logged activities with or for the client") int activities,
        @Schema(description = "Minutes of those activities, by kind") Map<ActivityKind, Integer> minutesByKind,
        @Schema(description = "Employer contacts made on the client's behalf") int employerContacts,
        int faceToFaceEmployerContacts,
        @Schema(description = "The employers contacted, by name; empty when withheld") List<String> employersContacted,
        List<JobLine> jobsStarted,
        List<JobLine> jobsEnded,
        @Schema(description = "Jobs held on the last day of the period") List<JobLine> jobsAtEnd,
        int followAlongContacts,
        int benefitsCounsellingSessions,
        boolean workplacesWithheld) {

    /** A job as the report lists it. */
    @TemplateData
    @Schema(name = "NavReportJob")
    public record JobLine(String title, @Schema(description = "Null when withheld") String employer,
            LocalDate startedOn, LocalDate endedOn, BigDecimal hoursPerWeek, boolean competitive,
            JobEndReason endReason) {
    }
}
