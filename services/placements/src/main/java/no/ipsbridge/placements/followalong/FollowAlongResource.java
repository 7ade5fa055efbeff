package no.ipsbridge.placements.followalong;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.placements.FollowAlongContactLogged;
import no.ipsbridge.events.placements.FollowAlongWith;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.placements.Examples;
import no.ipsbridge.placements.clients.PlacementAccess;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;

@Path("/api/follow-along-contacts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-along support", description = "Contacts after a job start; support has no end date")
public class FollowAlongResource {

    @Schema(name = "NewFollowAlongContact")
    public record NewContact(
            @Schema(required = true) @NotNull UUID clientId,
            @Schema(description = "Today if absent") @PastOrPresent LocalDate contactedOn,
            @Schema(required = true) @NotNull FollowAlongWith with,
            @Schema(required = true) @NotNull Boolean faceToFace) {
    }

    @Schema(name = "FollowAlongContact")
    public record View(UUID id, UUID clientId, String specialistId, LocalDate contactedOn, FollowAlongWith with,
            boolean faceToFace) {

        public static View of(FollowAlongContact contact) {
            return new View(contact.id, contact.clientId, contact.specialistId, contact.contactedOn, contact.with,
                    contact.faceToFace);
        }
    }

    private final PlacementAccess access;
    private final Idempotency idempotency;
    private final Outbox outbox;

    FollowAlongResource(PlacementAccess access, Idempotency idempotency, Outbox outbox) {
        this.access = access;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Log a follow-along contact", description = """
            By the client's employment specialist. Publishes no.ipsbridge.follow-along.contact-logged.v1.""")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "422", description = "Not an enrolled client on your caseload")
    public Response log(
            @Parameter(description = "Recommended: the phone's id for this entry") @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "with the employer", value = Examples.FOLLOW_ALONG)))
            @Valid @NotNull NewContact request) {
        return idempotency.execute(key, access.caller().subject(), request, () -> {
            access.toRecordFor(request.clientId(), "clientId", AuditedAction.LOG_FOLLOW_ALONG_CONTACT);
            FollowAlongContact contact = new FollowAlongContact();
            contact.id = UUID.randomUUID();
            contact.clientId = request.clientId();
            contact.specialistId = access.caller().subject();
            contact.contactedOn = request.contactedOn() == null ? IpsCalendar.today() : request.contactedOn();
            contact.with = request.with();
            contact.faceToFace = request.faceToFace();
            contact.persist();
            outbox.append(new FollowAlongContactLogged(contact.id, contact.clientId, contact.specialistId,
                    contact.contactedOn, contact.with, contact.faceToFace));
            return new Outcome(201, URI.create("/api/follow-along-contacts/" + contact.id), null, View.of(contact));
        });
    }
}
