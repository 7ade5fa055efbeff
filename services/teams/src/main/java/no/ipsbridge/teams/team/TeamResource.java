package no.ipsbridge.teams.team;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.PersistenceException;
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

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.teams.TeamCreated;
import no.ipsbridge.events.teams.TeamKind;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Agency;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.Roles;
import no.ipsbridge.teams.Examples;
import no.ipsbridge.teams.membership.ClinicianMembership;
import no.ipsbridge.teams.membership.SpecialistAttachment;

@Path("/api/teams")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Treatment teams of the health trusts")
public class TeamResource {

    @Schema(name = "NewTeam", description = "A treatment team of the caller's health trust")
    public record NewTeam(
            @Schema(example = "Psykoseteam Bjørgvin", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(required = true) @NotNull TeamKind kind) {
    }

    @Schema(name = "Team")
    public record View(UUID id, String healthTrust, String name, TeamKind kind, LocalDate createdOn,
            @Schema(description = "Keycloak user ids of the team's clinicians now") List<String> clinicianIds,
            @Schema(description = "Keycloak user ids of the specialists attached now") List<String> specialistIds) {

        public static View of(Team team) {
            List<String> clinicians = ClinicianMembership.<ClinicianMembership>list(
                    "teamId = ?1 and leftOn is null order by joinedOn", team.id).stream().map(m -> m.clinicianId).toList();
            List<String> specialists = SpecialistAttachment.activeOf(team.id).stream().map(a -> a.specialistId).toList();
            return new View(team.id, team.healthTrust, team.name, team.kind, team.createdOn, clinicians, specialists);
        }
    }

    private final TeamAccess access;
    private final Idempotency idempotency;
    private final Outbox outbox;

    TeamResource(TeamAccess access, Idempotency idempotency, Outbox outbox) {
        this.access = access;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Set up a treatment team", description = """
            For team leads of a health trust; the team belongs to the caller's trust. Publishes
            no.ipsbridge.team.created.v1.""")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = View.class),
                    examples = @ExampleObject(name = "team", value = Examples.TEAM)))
    @APIResponse(responseCode = "403", description = "Not a team lead of a health trust")
    @APIResponse(responseCode = "409", description = "The trust already has a team of that name")
    public Response create(
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "team", value = Examples.NEW_TEAM)))
            @Valid @NotNull NewTeam request) {
        Caller caller = access.caller();
        return idempotency.execute(key, caller.subject(), request, () -> {
            if (!caller.is(Roles.TEAM_LEAD) || caller.agency() != Agency.HEALTH) {
                throw ProblemException.forbidden("team leads of a health trust set up its teams");
            }
            Team team = new Team();
            team.id = UUID.randomUUID();
            team.healthTrust = caller.org();
            team.name = request.name().strip();
            team.kind = request.kind();
            team.createdOn = IpsCalendar.today();
            try {
                team.persistAndFlush();
            } catch (PersistenceException e) {
                throw ProblemException.conflict("team-exists", "The health trust already has a team of that name");
            }
            outbox.append(new TeamCreated(team.id, team.healthTrust, team.name, team.kind, team.createdOn));
            return new Outcome(201, URI.create("/api/teams/" + team.id), null, View.of(team));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "The teams you work with", description = """
            The health trust's people see its teams; a specialist sees the teams they are attached to.""")
    @APIResponse(responseCode = "200", description = "The teams, by name")
    public List<View> list() {
        Caller caller = access.caller();
        List<Team> candidates = caller.is(Roles.EMPLOYMENT_SPECIALIST)
                ? Team.list("id in (select a.teamId from SpecialistAttachment a where a.specialistId = ?1 "
                        + "and a.detachedOn is null) order by name", caller.subject())
                : Team.list("healthTrust = ?1 order by name", caller.org());
        return candidates.stream().filter(team -> TeamAccess.canRead(caller, team)).map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One team, with its clinicians and specialists", description = """
            The team with its clinicians and the employment specialists attached to it, for those who work with the
            team.""")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(schema = @Schema(implementation = View.class),
                    examples = @ExampleObject(name = "team", value = Examples.TEAM)))
    @APIResponse(responseCode = "404", description = "No such team, or not one you work with")
    public View read(@PathParam("id") UUID id) {
        return View.of(access.toRead(id));
    }
}
