package no.ipsbridge.specialists.caseload;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.clientaccess.AuditTrail;
import no.ipsbridge.clientaccess.ClientAccessEnforcement;
import no.ipsbridge.clientaccess.ClientAccessPolicy;
import no.ipsbridge.clientaccess.ClientFacts;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;
import no.ipsbridge.specialists.AuditedAction;
import no.ipsbridge.specialists.Examples;
import no.ipsbridge.specialists.clients.KnownClient;
import no.ipsbridge.specialists.roster.Specialist;

@Path("/api/specialists/{specialistId}/caseload")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caseload", description = "Which clients each specialist serves; at most 20 (IPS Fidelity Scale)")
@APIResponse(responseCode = "404", description = "No such specialist or client, or not one you may see")
public class CaseloadResource {

    @Schema(name = "Assignment", description = "Put an enrolled client on the caseload")
    public record AssignRequest(
            @Schema(required = true) @NotNull UUID clientId,
            @Schema(description = "Team leads only: why the caseload may exceed 20") @Size(max = 1000)
            String overrideReason,
            @Schema(description = """
                    The day the client joined the caseload, for a history entered late; today if left out. Never in
                    the future, before the client's enrolment or before they left an earlier caseload.""",
                    example = "2026-09-01")
            LocalDate assignedOn) {
    }

    @Schema(name = "Reassignment", description = "Move the client to another specialist's caseload")
    public record ReassignRequest(
            @Schema(required = true) @NotBlank @Size(max = 64) String toSpecialistId,
            @Schema(description = "Why the new caseload may exceed 20") @Size(max = 1000) String overrideReason,
            @Schema(description = """
                    The day the client moved; today if left out. Never in the future or before they joined the
                    caseload they leave.""", example = "2026-10-05")
            LocalDate reassignedOn) {
    }

    @Schema(name = "Release", description = "Take the client off the caseload")
    public record ReleaseRequest(
            @Schema(description = """
                    The day the client left the caseload; today if left out. Never in the future or before they
                    joined it.""", example = "2026-11-20")
            LocalDate releasedOn) {
    }

    @Schema(name = "CaseloadEntry")
    public record Entry(UUID clientId, String specialistId, ClientStatus status, LocalDate assignedOn,
            boolean overLimit) {

        static Entry of(Assignment assignment, KnownClient client) {
            return new Entry(assignment.clientId, assignment.specialistId, client.status, assignment.assignedOn,
                    assignment.overrideReason != null);
        }
    }

    private final Caseloads caseloads;
    private final CurrentCaller currentCaller;
    private final Idempotency idempotency;
    private final AuditTrail audit;

    CaseloadResource(Caseloads caseloads, CurrentCaller currentCaller, Idempotency idempotency, AuditTrail audit) {
        this.caseloads = caseloads;
        this.currentCaller = currentCaller;
        this.idempotency = idempotency;
        this.audit = audit;
    }

    @GET
    @Transactional
    @Operation(summary = "A specialist's caseload", description = """
            The specialist sees their own; team leads of the specialist's unit or health trust see it too; a NAV
            counsellor or clinician sees the entries of clients they may see. Audited as one entry naming
            every client shown, which each client's audit trail lists.""")
    @APIResponse(responseCode = "200", description = "The clients on the caseload now")
    @APIResponse(responseCode = "403", description = """
            Another specialist's caseload, a clinic system, or a role that sees no person""")
    public List<Entry> list(@PathParam("specialistId") String specialistId) {
        Caller caller = currentCaller.get();
        ClientAccessEnforcement.requireReadsPersons(caller);
        if (caller.is(Roles.CLINIC_SYSTEM)) {
            throw ProblemException.forbidden("a clinic system refers patients and reads their employment status, "
                    + "not the specialists' caseloads");
        }
        Specialist specialist = Specialist.findById(specialistId);
        if (specialist == null) {
            throw ProblemException.notFound("Specialist " + specialistId);
        }
        boolean whole = caller.subject().equals(specialistId) || specialist.isManagedBy(caller);
        if (!whole && caller.is(Roles.EMPLOYMENT_SPECIALIST)) {
            throw ProblemException.forbidden("a specialist sees their own caseload only");
        }
        List<Entry> entries = new ArrayList<>();
        for (Assignment assignment : Assignment.activeOf(specialistId)) {
            KnownClient client = KnownClient.findById(assignment.clientId);
            ClientFacts facts = caseloads.factsOf(client, specialistId);
            // Managing the specialist is not reading their clients: a NAV team lead sees an entry only under the
            // client's consent, a health-trust lead only their trust's clients, nobody else a shielded client.
            if (ClientAccessPolicy.read(caller, facts).allowed()) {
                entries.add(Entry.of(assignment, client));
            }
        }
        audit.recordList(caller, AuditedAction.READ_CASELOAD, entries.stream().map(Entry::clientId).toList(),
                "caseload of " + specialistId);
        return entries;
    }

    @POST
    @Transactional
    @Operation(summary = "Put an enrolled client on the caseload", description = """
            The 21st client is refused with 409 `caseload-limit` unless a team lead gives an overrideReason, which is
            recorded. Publishes no.ipsbridge.caseload.client-assigned.v1.""")
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(schema = @Schema(implementation = Entry.class)))
    @APIResponse(responseCode = "409", description = "Caseload full, client already on a caseload, or not enrolled")
    @APIResponse(responseCode = "422", description = "No enrolled client with this id that you serve")
    public Response assign(@PathParam("specialistId") String specialistId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "assign", value = Examples.ASSIGNMENT),
                    @ExampleObject(name = "entered late", value = Examples.ASSIGNMENT_ENTERED_LATE),
                    @ExampleObject(name = "over the limit (team lead)", value = Examples.ASSIGNMENT_OVER_LIMIT) }))
            @Valid @NotNull AssignRequest request) {
        return idempotency.execute(key, currentCaller.get().subject(), List.of(specialistId, request), () -> {
            Assignment assignment = caseloads.assign(specialistId, request.clientId(), request.overrideReason(),
                    request.assignedOn());
            return new Outcome(201, URI.create("/api/specialists/" + specialistId + "/caseload/"
                    + request.clientId()), null, Entry.of(assignment, KnownClient.findById(request.clientId())));
        });
    }

    @POST
    @Path("/{clientId}/reassignment")
    @Transactional
    @Operation(summary = "Move a client to another specialist", description = """
            Team leads only. Publishes no.ipsbridge.caseload.client-reassigned.v1.""")
    @APIResponse(responseCode = "200", description = "Reassigned; the new entry",
            content = @Content(schema = @Schema(implementation = Entry.class)))
    public Response reassign(@PathParam("specialistId") String specialistId, @PathParam("clientId") UUID clientId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "reassign", value = Examples.REASSIGNMENT)))
            @Valid @NotNull ReassignRequest request) {
        return idempotency.execute(key, currentCaller.get().subject(), List.of(specialistId, clientId, request), () -> {
            Assignment assignment = caseloads.reassign(specialistId, clientId, request.toSpecialistId(),
                    request.overrideReason(), request.reassignedOn());
            return new Outcome(200, null, null, Entry.of(assignment, KnownClient.findById(clientId)));
        });
    }

    @POST
    @Path("/{clientId}/release")
    @Transactional
    @Operation(summary = "Take a client off the caseload", description = """
            By the specialist or a team lead. Discharge in the clients service releases the client by itself.
            Publishes no.ipsbridge.caseload.client-released.v1.""")
    @APIResponse(responseCode = "204", description = "Released")
    public Response release(@PathParam("specialistId") String specialistId, @PathParam("clientId") UUID clientId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "released on a day",
                    value = Examples.RELEASE))) @Valid ReleaseRequest request) {
        LocalDate releasedOn = request == null ? null : request.releasedOn();
        return idempotency.execute(key, currentCaller.get().subject(), List.of(specialistId, clientId,
                String.valueOf(releasedOn)), () -> {
            caseloads.release(specialistId, clientId, releasedOn);
            return new Outcome(204, null, null, null);
        });
    }
}
