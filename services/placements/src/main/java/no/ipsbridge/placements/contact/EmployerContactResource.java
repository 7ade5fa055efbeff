package no.ipsbridge.placements.contact;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.placements.ContactPurpose;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.placements.Examples;
import no.ipsbridge.placements.clients.PlacementAccess;
import no.ipsbridge.placements.employer.Employer;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.Roles;

@Path("/api/employer-contacts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job development", description = "Employer contacts, logged from the phone")
public class EmployerContactResource {

    @Schema(name = "NewEmployerContact", description = "One small request from the phone")
    public record NewContact(
            @Schema(required = true) @NotNull UUID employerId,
            @Schema(description = "Today if absent") @PastOrPresent LocalDate contactedOn,
            @Schema(required = true) @NotNull Boolean faceToFace,
            @Schema(required = true) @NotNull ContactPurpose purpose,
            @Schema(description = "Clients on your caseload the contact was on behalf of") @Size(max = 20)
            List<UUID> clientIds) {
    }

    @Schema(name = "EmployerContact")
    public record View(UUID id, UUID employerId, String specialistId, LocalDate contactedOn, boolean faceToFace,
            ContactPurpose purpose, List<UUID> clientIds) {

        static View of(EmployerContact contact) {
            return new View(contact.id, contact.employerId, contact.specialistId, contact.contactedOn,
                    contact.faceToFace, contact.purpose, contact.clientIds);
        }
    }

    private final PlacementAccess access;
    private final Idempotency idempotency;
    private final Outbox outbox;

    EmployerContactResource(PlacementAccess access, Idempotency idempotency, Outbox outbox) {
        this.access = access;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Log an employer contact", description = """
            For employment specialists. Send an Idempotency-Key: a retry on a weak network then logs one contact and
            publishes one no.ipsbridge.employer.contact-logged.v1.""")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "403", description = "Not an employment specialist")
    @APIResponse(responseCode = "422", description = "No such employer, or a client not on your caseload")
    public Response log(
            @Parameter(description = "Recommended: the phone's id for this entry") @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "contact", value = Examples.EMPLOYER_CONTACT)))
            @Valid @NotNull NewContact request) {
        Caller caller = access.caller();
        if (!caller.is(Roles.EMPLOYMENT_SPECIALIST)) {
            throw ProblemException.forbidden("employment specialists log their employer contacts");
        }
        return idempotency.execute(key, caller.subject(), request, () -> {
            if (Employer.findById(request.employerId()) == null) {
                throw new ProblemException(new Problem(Problem.TYPE_BASE + "unknown-employer", "Unknown employer", 422,
                        "employerId: no such employer; register it first",
                        List.of(new Problem.FieldError("employerId", "no such employer")), null));
            }
            List<UUID> clients = request.clientIds() == null ? List.of() : List.copyOf(request.clientIds());
            clients.forEach(client -> access.toRecordFor(client, "clientIds", AuditedAction.LOG_EMPLOYER_CONTACT));
            EmployerContact contact = new EmployerContact();
            contact.id = UUID.randomUUID();
            contact.employerId = request.employerId();
            contact.specialistId = caller.subject();
            contact.contactedOn = request.contactedOn() == null ? IpsCalendar.today() : request.contactedOn();
            contact.faceToFace = request.faceToFace();
            contact.purpose = request.purpose();
            contact.clientIds = clients;
            contact.persist();
            outbox.append(new EmployerContactLogged(contact.id, contact.employerId, contact.specialistId,
                    contact.contactedOn, contact.faceToFace, contact.purpose, contact.clientIds));
            return new Outcome(201, URI.create("/api/employer-contacts/" + contact.id), null, View.of(contact));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "My employer contacts", description = """
            The signed-in specialist's contacts in a period (the last 7 days if none is given). Six face-to-face
            contacts a week is the IPS Fidelity Scale's top anchor.""")
    @APIResponse(responseCode = "200", description = "The contacts, newest first")
    public List<View> mine(@Parameter(description = "First day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day") @QueryParam("to") LocalDate to) {
        Caller caller = access.caller();
        LocalDate last = to == null ? IpsCalendar.today() : to;
        LocalDate first = from == null ? last.minusDays(6) : from;
        return EmployerContact.<EmployerContact>list(
                "specialistId = ?1 and contactedOn between ?2 and ?3 order by contactedOn desc", caller.subject(),
                first, last).stream().map(View::of).toList();
    }
}
