package no.ipsbridge.placements.navreport;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.placements.clients.PlacementAccess;
import no.ipsbridge.rest.ETags;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.ProblemException;

@Path("/api/clients/{clientId}/nav-reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports to NAV", description = "Interval and end reports on a client for their NAV counsellor, as PDF")
@APIResponse(responseCode = "403", description = "Your role may not do this, or the client has not consented to "
        + "sharing with NAV (type consent-required)")
@APIResponse(responseCode = "404", description = "No such client or report, or not one you may see")
public class NavReportResource {

    static final String NEW_REPORT = """
            { "kind": "INTERVAL", "periodFrom": "2026-09-01", "periodTo": "2026-11-30" }""";
    static final String TEXT = """
            { "progress": "Has met three employers in retail and tried a day at one of them.",
              "nextSteps": "Follow up the bakery; benefits counselling before any start.",
              "clientInformed": true }""";

    private final NavReports reports;
    private final PlacementAccess access;
    private final Idempotency idempotency;

    NavReportResource(NavReports reports, PlacementAccess access, Idempotency idempotency) {
        this.reports = reports;
        this.access = access;
        this.idempotency = idempotency;
    }

    @POST
    @Transactional
    @Operation(summary = "Generate a draft report from the recorded data", description = """
            By the client's employment specialist or a team lead of their trust. The figures (activities, employer
            contacts, job starts and ends, follow-along, benefits counselling in the period) are taken now and frozen,
            so the preview is what NAV gets; for a client with a protected address no employer is named. Write the
            free-text sections with PUT, then send.""")
    @APIResponse(responseCode = "201", description = "The draft, with its figures",
            content = @Content(schema = @Schema(implementation = NavReportRequests.View.class)))
    public Response generate(@PathParam("clientId") UUID clientId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "interval", value = NEW_REPORT)))
            @Valid @NotNull NavReportRequests.NewReport request) {
        return idempotency.execute(key, access.caller().subject(), List.of(clientId, request),
                () -> reports.generate(clientId, request));
    }

    @GET
    @Transactional
    @Operation(summary = "The client's reports, newest first", description = """
            Their writers see drafts too; the client's NAV counsellor (with consent) and health trust see the sent
            reports. Audited.""")
    @APIResponse(responseCode = "200", description = "The reports")
    public List<NavReportRequests.View> list(@PathParam("clientId") UUID clientId) {
        return reports.list(clientId);
    }

    @GET
    @Path("/{reportId}")
    @Transactional
    @Operation(summary = "One report, as data: the preview of a draft", description = """
            The report's text and the facts it gives, as the NAV counsellor reads them; for a draft, the preview before
            it is sent. Its ETag is the version a change of the text names.""")
    @APIResponse(responseCode = "200", description = "The report; its ETag is the version to send as If-Match",
            content = @Content(schema = @Schema(implementation = NavReportRequests.View.class)))
    public Response read(@PathParam("clientId") UUID clientId, @PathParam("reportId") UUID reportId) {
        NavReport report = reports.open(clientId, reportId, AuditedAction.READ_NAV_REPORT);
        return Response.ok(reports.view(report)).header("ETag", ETags.of(report.version)).build();
    }

    @PUT
    @Path("/{reportId}")
    @Transactional
    @Operation(summary = "Write a draft's free-text sections and whether the client was informed", description = """
            Replaces the text whole. Only while the report is a draft (409 once sent).""")
    @APIResponse(responseCode = "200", description = "The draft as it now reads",
            content = @Content(schema = @Schema(implementation = NavReportRequests.View.class)))
    @APIResponse(responseCode = "400", description = "A section this kind of report does not have, or too long")
    @APIResponse(responseCode = "409", description = "Already sent")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the report changed since")
    public Response edit(@PathParam("clientId") UUID clientId, @PathParam("reportId") UUID reportId,
            @Parameter(description = "Optional: the ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "interval", value = TEXT)))
            @Valid @NotNull NavReportRequests.Text text) {
        return answer(reports.edit(clientId, reportId, ifMatch, text));
    }

    @POST
    @Path("/{reportId}/sending")
    @Transactional
    @Operation(summary = "Send the report to the client's NAV counsellor", description = """
            Renders the PDF, stores it, and publishes no.ipsbridge.nav-report.sent.v1 (kind and period only, never
            the text). The report cannot change afterwards.""")
    @APIResponse(responseCode = "200", description = "Sent; `pdf` says where to read it",
            content = @Content(schema = @Schema(implementation = NavReportRequests.View.class)))
    @APIResponse(responseCode = "409", description = "Already sent")
    @APIResponse(responseCode = "422", description = "A free-text section is still empty (named in `errors`)")
    public Response send(@PathParam("clientId") UUID clientId, @PathParam("reportId") UUID reportId,
            @Parameter(description = "Optional: the ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(key, access.caller().subject(), List.of(clientId, reportId),
                () -> reports.send(clientId, reportId, ifMatch));
    }

    @GET
    @Path("/{reportId}/pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(summary = "The sent report as PDF", description = """
            For the client's NAV counsellor (with the client's consent to sharing with NAV), the health trust and
            the report's writers. Audited.""")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("clientId") UUID clientId, @PathParam("reportId") UUID reportId) {
        NavReport report = reports.open(clientId, reportId, AuditedAction.READ_NAV_REPORT_PDF);
        if (report.pdf == null) {
            throw ProblemException.notFound("PDF of report " + reportId + " (not sent yet)");
        }
        String kind = report.kind.name().toLowerCase(Locale.ROOT);
        return Response.ok(report.pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"ips-" + kind + "-report-" + report.periodTo + ".pdf\"").build();
    }

    private static Response answer(Idempotency.Outcome outcome) {
        return Response.status(outcome.status()).header("ETag", outcome.etag()).entity(outcome.body()).build();
    }
}
