package no.ipsbridge.teams.membership;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

import no.ipsbridge.events.teams.ClinicianJoined;
import no.ipsbridge.events.teams.ClinicianLeft;
import no.ipsbridge.events.teams.SpecialistAttached;
import no.ipsbridge.events.teams.SpecialistDetached;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.EffectiveDate;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.teams.Examples;
import no.ipsbridge.teams.team.Team;
import no.ipsbridge.teams.team.TeamAccess;
import no.ipsbridge.teams.team.TeamResource;

@Path("/api/teams/{teamId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Team membership", description = "Clinicians in a team and the employment specialists attached to it")
@APIResponse(responseCode = "403", description = "Only a team lead of the health trust manages membership")
@APIResponse(responseCode = "404", description = "No such team, or not one you work with")
public class MembershipResource {

    @Schema(name = "ClinicianJoining")
    public record ClinicianRequest(@Schema(description = "The clinician's Keycloak user id", required = true)
            @NotBlank @Size(max = 64) String clinicianId,
            @Schema(description = "The day the clinician joined; today if left out. Never in the future.",
                    example = "2026-08-15") LocalDate joinedOn) {
    }

    @Schema(name = "SpecialistAttachment")
    public record SpecialistRequest(@Schema(description = "The specialist's Keycloak user id", required = true)
            @NotBlank @Size(max = 64) String specialistId,
            @Schema(description = """
                    The day the specialist was attached; today if left out. Never in the future, nor before they last
                    left this team.""", example = "2026-08-15") LocalDate attachedOn) {
    }

    @Schema(name = "MembershipEnd", description = "When a clinician left or a specialist was detached")
    public record EndRequest(@Schema(description = """
            The last day was the day before this one; today if left out. Never in the future, nor before the
            membership began.""", example = "2026-11-01") LocalDate endedOn) {
    }

    private final TeamAccess access;
    private final Idempotency idempotency;
    private final Outbox outbox;
    private final EntityManager entities;

    MembershipResource(TeamAccess access, Idempotency idempotency, Outbox outbox, EntityManager entities) {
        this.access = access;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.entities = entities;
    }

    @POST
    @Path("/clinicians")
    @Transactional
    @Operation(summary = "A clinician joins the team", description = "Publishes no.ipsbridge.team.clinician-joined.v1.")
    @APIResponse(responseCode = "201", description = "Joined; the team as it is now",
            content = @Content(schema = @Schema(implementation = TeamResource.View.class)))
    @APIResponse(responseCode = "409", description = "Already in the team")
    public Response join(@PathParam("teamId") UUID teamId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "clinician", value = Examples.CLINICIAN)))
            @Valid @NotNull ClinicianRequest request) {
        return idempotency.execute(key, access.caller().subject(), List.of(teamId, request), () -> {
            Team team = access.toManage(teamId);
            if (ClinicianMembership.isMember(teamId, request.clinicianId())) {
                throw ProblemException.conflict("already-member", "The clinician is already in the team");
            }
            ClinicianMembership membership = new ClinicianMembership();
            membership.id = UUID.randomUUID();
            membership.teamId = teamId;
            membership.clinicianId = request.clinicianId();
            membership.joinedOn = EffectiveDate.of(request.joinedOn(), "joinedOn",
                    ClinicianMembership.lastLeft(teamId, request.clinicianId()), "the day the clinician last left");
            membership.persistAndFlush();
            outbox.append(new ClinicianJoined(teamId, membership.clinicianId, membership.joinedOn));
            return new Outcome(201, URI.create("/api/teams/" + teamId), null, TeamResource.View.of(team));
        });
    }

    @POST
    @Path("/clinicians/{clinicianId}/departure")
    @Transactional
    @Operation(summary = "A clinician leaves the team", description = "Publishes no.ipsbridge.team.clinician-left.v1.")
    @APIResponse(responseCode = "204", description = "Left")
    public Response leave(@PathParam("teamId") UUID teamId, @PathParam("clinicianId") String clinicianId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "left on a day",
                    value = Examples.MEMBERSHIP_END))) @Valid EndRequest request) {
        LocalDate requestedOn = request == null ? null : request.endedOn();
        return idempotency.execute(key, access.caller().subject(), List.of(teamId, clinicianId,
                String.valueOf(requestedOn)), () -> {
            access.toManage(teamId);
            ClinicianMembership membership = ClinicianMembership.<ClinicianMembership>find(
                    "teamId = ?1 and clinicianId = ?2 and leftOn is null", teamId, clinicianId).firstResultOptional()
                    .orElseThrow(() -> ProblemException.notFound("Clinician " + clinicianId + " in the team"));
            membership.leftOn = EffectiveDate.of(requestedOn, "endedOn", membership.joinedOn,
                    "the day the clinician joined");
            outbox.append(new ClinicianLeft(teamId, clinicianId, membership.leftOn));
            return new Outcome(204, null, null, null);
        });
    }

    @POST
    @Path("/specialists")
    @Transactional
    @Operation(summary = "Attach an employment specialist to the team", description = """
            A specialist is part of at most two treatment teams (IPS Fidelity Scale); a third is refused with 409
            `specialist-team-limit`. Publishes no.ipsbridge.team.specialist-attached.v1.""")
    @APIResponse(responseCode = "201", description = "Attached; the team as it is now",
            content = @Content(schema = @Schema(implementation = TeamResource.View.class)))
    @APIResponse(responseCode = "409", description = "Already attached, or already in two teams")
    public Response attach(@PathParam("teamId") UUID teamId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "specialist", value = Examples.SPECIALIST)))
            @Valid @NotNull SpecialistRequest request) {
        return idempotency.execute(key, access.caller().subject(), List.of(teamId, request), () -> {
            Team team = access.toManage(teamId);
            // Serialises attachments of one specialist, so two teams at once cannot both take the second place.
            entities.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, request.specialistId()).getSingleResult();
            if (SpecialistAttachment.isAttached(teamId, request.specialistId())) {
                throw ProblemException.conflict("already-attached", "The specialist is already attached to this team");
            }
            long teams = SpecialistAttachment.count("specialistId = ?1 and detachedOn is null", request.specialistId());
            if (teams >= SpecialistAttachment.TEAM_LIMIT) {
                throw ProblemException.conflict("specialist-team-limit", "The specialist is already part of "
                        + SpecialistAttachment.TEAM_LIMIT + " treatment teams, the IPS limit; detach one first");
            }
            SpecialistAttachment attachment = new SpecialistAttachment();
            attachment.id = UUID.randomUUID();
            attachment.teamId = teamId;
            attachment.specialistId = request.specialistId();
            attachment.attachedOn = EffectiveDate.of(request.attachedOn(), "attachedOn",
                    SpecialistAttachment.lastDetached(teamId, request.specialistId()),
                    "the day the specialist last left this team");
            attachment.persistAndFlush();
            outbox.append(new SpecialistAttached(teamId, attachment.specialistId, attachment.attachedOn));
            return new Outcome(201, URI.create("/api/teams/" + teamId), null, TeamResource.View.of(team));
        });
    }

    @POST
    @Path("/specialists/{specialistId}/detachment")
    @Transactional
    @Operation(summary = "Detach a specialist from the team",
            description = "Publishes no.ipsbridge.team.specialist-detached.v1.")
    @APIResponse(responseCode = "204", description = "Detached")
    public Response detach(@PathParam("teamId") UUID teamId, @PathParam("specialistId") String specialistId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "detached on a day",
                    value = Examples.MEMBERSHIP_END))) @Valid EndRequest request) {
        LocalDate requestedOn = request == null ? null : request.endedOn();
        return idempotency.execute(key, access.caller().subject(), List.of(teamId, specialistId,
                String.valueOf(requestedOn)), () -> {
            access.toManage(teamId);
            SpecialistAttachment attachment = SpecialistAttachment.<SpecialistAttachment>find(
                    "teamId = ?1 and specialistId = ?2 and detachedOn is null", teamId, specialistId)
                    .firstResultOptional()
                    .orElseThrow(() -> ProblemException.notFound("Specialist " + specialistId + " in the team"));
            attachment.detachedOn = EffectiveDate.of(requestedOn, "endedOn", attachment.attachedOn,
                    "the day the specialist was attached");
            outbox.append(new SpecialistDetached(teamId, specialistId, attachment.detachedOn));
            return new Outcome(204, null, null, null);
        });
    }
}
