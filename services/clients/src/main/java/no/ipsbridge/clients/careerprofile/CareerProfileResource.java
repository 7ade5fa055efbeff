package no.ipsbridge.clients.careerprofile;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.Examples;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.clients.client.ClientIds;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.CareerProfileUpdated;
import no.ipsbridge.events.clients.CareerProfileUpdatedV2;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.ETags;
import no.ipsbridge.rest.EffectiveDate;

@Path("/api/clients/{id}/career-profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Career profile", description = "The client's job preferences, history and disclosure choices")
public class CareerProfileResource {

    private final ClientAccess access;
    private final Outbox outbox;

    CareerProfileResource(ClientAccess access, Outbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    @GET
    @Transactional
    @Operation(summary = "Read the career profile", description = "Audited. The ETag goes into If-Match of the PUT.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = CareerProfileDocument.class),
                    examples = @ExampleObject(name = "profile", value = Examples.CAREER_PROFILE)))
    @APIResponse(responseCode = "404", description = "No such client, or not one you serve")
    public Response read(@PathParam("id") String id) {
        UUID clientId = access.toRead(ClientIds.parse(id), AuditedAction.READ_CAREER_PROFILE).id;
        CareerProfile profile = CareerProfile.findById(clientId);
        return Response.ok(CareerProfileDocument.of(profile)).header("ETag", ETags.of(profile.version)).build();
    }

    @PUT
    @Transactional
    @Operation(summary = "Replace the career profile", description = """
            Requires If-Match with the ETag last read (428 without it, 412 if someone changed it since). Publishes
            no.ipsbridge.client.career-profile-updated.v2 (and v1 beside it while partners move) with the day it took
            effect and the coded facts only; free text stays here.""")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is in the header")
    @APIResponse(responseCode = "404", description = "No such client, or not one you serve")
    @APIResponse(responseCode = "412", description = "The profile changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "profile", value = Examples.CAREER_PROFILE)))
            @Valid @NotNull CareerProfileDocument document) {
        Client client = access.toChangePath(ClientIds.parse(id), AuditedAction.UPDATE_CAREER_PROFILE);
        UUID clientId = client.id;
        CareerProfile profile = CareerProfile.findById(clientId);
        ETags.check(ifMatch, profile.version, true);
        LocalDate effectiveOn = EffectiveDate.of(document.updatedOn(), "updatedOn",
                LocalDate.ofInstant(client.referredAt, IpsCalendar.ZONE), "the client's referral");
        document.applyTo(profile, effectiveOn);
        profile.persistAndFlush();
        outbox.append(new CareerProfileUpdated(clientId, profile.hoursPerWeekWanted,
                profile.preferredOccupationCodes, profile.wantsEducation, profile.disclosure));
        outbox.append(new CareerProfileUpdatedV2(clientId, effectiveOn, profile.hoursPerWeekWanted,
                profile.preferredOccupationCodes, profile.wantsEducation, profile.disclosure));
        return Response.ok(CareerProfileDocument.of(profile)).header("ETag", ETags.of(profile.version)).build();
    }
}
