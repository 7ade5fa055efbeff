package no.ipsbridge.placements.navreport;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ipsbridge.clientaccess.AuditAction;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.placements.NavReportKind;
import no.ipsbridge.events.placements.NavReportSent;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.placements.clients.KnownClient;
import no.ipsbridge.placements.clients.PlacementAccess;
import no.ipsbridge.rest.ETags;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;

/**
 * Reports to the client's NAV counsellor: generated from the recorded data, completed by the specialist, sent as a
 * PDF. Drafts are the writer's; NAV and the health trust read what was sent, as the access policy lets them read the
 * client's placements (NAV only under the client's consent).
 */
@ApplicationScoped
public class NavReports {

    private final PlacementAccess access;
    private final ReportFacts facts;
    private final NavReportPdf pdf;
    private final Outbox outbox;
    private final ObjectMapper json;

    NavReports(PlacementAccess access, ReportFacts facts, NavReportPdf pdf, Outbox outbox, ObjectMapper json) {
        this.access = access;
        this.facts = facts;
        this.pdf = pdf;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome generate(UUID clientId, NavReportRequests.NewReport request) {
        KnownClient client = access.toReportOn(clientId, AuditedAction.GENERATE_NAV_REPORT);
        LocalDate to = request.periodTo() == null ? IpsCalendar.today() : request.periodTo();
        if (request.periodFrom().isAfter(to)) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo");
        }
        NavReport report = new NavReport();
        report.id = UUID.randomUUID();
        report.clientId = clientId;
        report.kind = request.kind();
        report.periodFrom = request.periodFrom();
        report.periodTo = to;
        report.status = NavReport.Status.DRAFT;
        ReportFigures figures = facts.of(client, report.periodFrom, to, access.workplacesMayBeNamed(client));
        report.figures = write(figures);
        report.createdBy = access.caller().subject();
        report.createdAt = Instant.now();
        report.persistAndFlush();
        return new Outcome(201, URI.create("/api/clients/" + clientId + "/nav-reports/" + report.id),
                ETags.of(report.version), NavReportRequests.View.of(report, figures));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome edit(UUID clientId, UUID reportId, String ifMatch, NavReportRequests.Text text) {
        access.toReportOn(clientId, AuditedAction.EDIT_NAV_REPORT);
        NavReport report = draft(clientId, reportId, ifMatch);
        if (report.kind == NavReportKind.INTERVAL) {
            refuseSection("endReason", text.endReason(), "an interval report has progress and nextSteps");
            refuseSection("recommendations", text.recommendations(), "an interval report has progress and nextSteps");
        } else {
            refuseSection("progress", text.progress(), "an end report has endReason and recommendations");
            refuseSection("nextSteps", text.nextSteps(), "an end report has endReason and recommendations");
        }
        report.progress = text.progress();
        report.nextSteps = text.nextSteps();
        report.endReason = text.endReason();
        report.recommendations = text.recommendations();
        report.clientInformed = text.clientInformed();
        report.persistAndFlush();
        return new Outcome(200, null, ETags.of(report.version), NavReportRequests.View.of(report, read(report)));
    }

    /** Renders and stores the PDF, and announces it; the report cannot change after this. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome send(UUID clientId, UUID reportId, String ifMatch) {
        access.toReportOn(clientId, AuditedAction.SEND_NAV_REPORT);
        NavReport report = draft(clientId, reportId, ifMatch);
        List<String> missing = report.missingSections();
        if (!missing.isEmpty()) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "report-incomplete", "Report incomplete", 422,
                    "Write " + String.join(" and ", missing) + " before sending",
                    missing.stream().map(field -> new Problem.FieldError(field, "must not be blank")).toList(), null));
        }
        LocalDate sentOn = IpsCalendar.today();
        report.status = NavReport.Status.SENT;
        report.sentBy = access.caller().subject();
        report.sentAt = Instant.now();
        ReportFigures figures = read(report);
        report.pdf = pdf.render(report, figures, sentOn);
        report.persistAndFlush();
        outbox.append(new NavReportSent(report.id, clientId, report.kind, report.periodFrom, report.periodTo, sentOn,
                report.clientInformed));
        return new Outcome(200, null, ETags.of(report.version), NavReportRequests.View.of(report, figures));
    }

    /** The client's reports the caller may see: all for their writers, the sent ones for their readers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<NavReportRequests.View> list(UUID clientId) {
        KnownClient client = access.toRead(clientId, AuditedAction.LIST_NAV_REPORTS);
        boolean writer = access.recordsFor(access.caller(), client);
        return NavReport.<NavReport>list("clientId = ?1 order by createdAt desc", clientId).stream()
                .filter(report -> writer || report.status == NavReport.Status.SENT)
                .map(report -> NavReportRequests.View.of(report, read(report))).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public NavReport open(UUID clientId, UUID reportId, AuditAction action) {
        KnownClient client = access.toRead(clientId, action);
        NavReport report = NavReport.findById(reportId);
        if (report == null || !report.clientId.equals(clientId)
                || report.status != NavReport.Status.SENT && !access.recordsFor(access.caller(), client)) {
            throw ProblemException.notFound("Report " + reportId);
        }
        return report;
    }

    public NavReportRequests.View view(NavReport report) {
        return NavReportRequests.View.of(report, read(report));
    }

    private NavReport draft(UUID clientId, UUID reportId, String ifMatch) {
        NavReport report = NavReport.findById(reportId);
        if (report == null || !report.clientId.equals(clientId)) {
            throw ProblemException.notFound("Report " + reportId);
        }
        ETags.check(ifMatch, report.version, false);
        if (report.status != NavReport.Status.DRAFT) {
            throw ProblemException.conflict("report-sent", "The report was sent and cannot change; write a new one");
        }
        return report;
    }

    private static void refuseSection(String field, String text, String why) {
        if (text != null && !text.isBlank()) {
            throw ProblemException.invalidField(field, why);
        }
    }

    private String write(ReportFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report figures could not be written", e);
        }
    }

    private ReportFigures read(NavReport report) {
        try {
            return json.readValue(report.figures, ReportFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report figures could not be read", e);
        }
    }
}
