package no.ipsbridge.teams.meeting;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import no.ipsbridge.clientaccess.AuditTrail;
import no.ipsbridge.clientaccess.ProtectionMarks;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.teams.MeetingHeld;
import no.ipsbridge.events.teams.MeetingHeldV2;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Agency;
import no.ipsbridge.security.Caller;
import no.ipsbridge.teams.AuditedAction;
import no.ipsbridge.teams.Examples;
import no.ipsbridge.teams.team.Team;
import no.ipsbridge.teams.team.TeamAccess;

@Path("/api/teams/{teamId}/meetings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Team meetings", description = "The weekly team meeting the employment specialist attends")
@APIResponse(responseCode = "404", description = "No such team, or not one you work with")
public class MeetingResource {

    @Schema(name = "NewMeeting")
    public record NewMeeting(
            @Schema(required = true) @NotNull @PastOrPresent LocalDate heldOn,
            @Schema(description = "Keycloak user ids of those present", required = true) @NotEmpty @Size(max = 50)
            List<@NotBlank @Size(max = 64) String> attendeeIds,
            @Schema(description = "Ids of the clients discussed; never names or notes") @Size(max = 100)
            List<@NotNull UUID> clientIdsDiscussed) {
    }

    @Schema(name = "Meeting")
    public record View(UUID id, LocalDate heldOn, List<String> attendeeIds, boolean specialistAttended,
            List<@NotNull UUID> clientIdsDiscussed) {

        static View of(Meeting meeting) {
            return of(meeting, Set.of());
        }

        static View of(Meeting meeting, Set<UUID> hidden) {
            return new View(meeting.id, meeting.heldOn, meeting.attendeeIds, !meeting.specialistsAttending().isEmpty(),
                    meeting.clientIdsDiscussed.stream().filter(client -> !hidden.contains(client)).toList());
        }
    }

    private final TeamAccess access;
    private final Idempotency idempotency;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ProtectionMarks marks;

    MeetingResource(TeamAccess access, Idempotency idempotency, Outbox outbox, AuditTrail audit,
            ProtectionMarks marks) {
        this.access = access;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.audit = audit;
        this.marks = marks;
    }

    @POST
    @Transactional
    @Operation(summary = "Record a team meeting", description = """
            Whether an employment specialist attended is worked out from the attendees and the specialists attached to
            the team on heldOn, when read, so a meeting or an attachment entered late counts as it would have on the
            day. Publishes no.ipsbridge.team.meeting-held.v2 (with the attendees' user ids) and, until partners have
            moved, v1 beside it.""")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "403", description = "Not the team's lead, clinician or specialist")
    public Response record(@PathParam("teamId") UUID teamId,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "meeting", value = Examples.MEETING)))
            @Valid @NotNull NewMeeting request) {
        Caller caller = access.caller();
        return idempotency.execute(key, caller.subject(), List.of(teamId, request), () -> {
            Team team = access.toRecordMeeting(teamId);
            Meeting meeting = new Meeting();
            meeting.id = UUID.randomUUID();
            meeting.teamId = team.id;
            meeting.heldOn = request.heldOn();
            meeting.attendeeIds = List.copyOf(request.attendeeIds());
            meeting.clientIdsDiscussed = request.clientIdsDiscussed() == null ? List.of()
                    : List.copyOf(request.clientIdsDiscussed());
            meeting.persist();
            audit.recordList(caller, AuditedAction.RECORD_TEAM_MEETING, meeting.clientIdsDiscussed,
                    "discussed in a meeting of team " + team.id);
            // v1 says what was known when the meeting was recorded; v2 names who came, so a reader judges attendance
            // by the attachments on the meeting's day, also ones entered later.
            outbox.append(new MeetingHeld(team.id, meeting.id, meeting.heldOn, meeting.attendeeIds.size(),
                    !meeting.specialistsAttending().isEmpty(), meeting.clientIdsDiscussed));
            outbox.append(new MeetingHeldV2(team.id, meeting.id, meeting.heldOn, meeting.attendeeIds,
                    meeting.clientIdsDiscussed));
            return new Outcome(201, URI.create("/api/teams/" + teamId + "/meetings/" + meeting.id), null,
                    View.of(meeting));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "The team's meetings in a period", description = "The last 90 days if no period is given.")
    @APIResponse(responseCode = "200", description = "The meetings, oldest first")
    public List<View> list(@PathParam("teamId") UUID teamId,
            @Parameter(description = "First day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day") @QueryParam("to") LocalDate to) {
        Team team = access.toRead(teamId);
        LocalDate last = to == null ? IpsCalendar.today() : to;
        LocalDate first = from == null ? last.minusDays(90) : from;
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        Caller caller = access.caller();
        List<Meeting> meetings = Meeting.list("teamId = ?1 and heldOn between ?2 and ?3 order by heldOn", team.id,
                first, last);
        List<UUID> discussed = meetings.stream().flatMap(m -> m.clientIdsDiscussed.stream()).distinct().toList();
        // A shielded client works in NAV: outside the health trust treating them, they are not named at all.
        Set<UUID> hidden = caller.agency() == Agency.HEALTH ? Set.of() : marks.shieldedAmong(discussed);
        audit.recordList(caller, AuditedAction.READ_TEAM_MEETINGS,
                discussed.stream().filter(client -> !hidden.contains(client)).toList(), "meetings of team " + team.id);
        return meetings.stream().map(meeting -> View.of(meeting, hidden)).toList();
    }
}
