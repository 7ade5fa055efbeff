package no.ipsbridge.teams.orientation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.teams.Examples;
import no.ipsbridge.teams.meeting.Meeting;
import no.ipsbridge.teams.team.Team;
import no.ipsbridge.teams.team.TeamAccess;

@Path("/api/teams/{teamId}/employment-orientation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employment orientation", description = "How employment-oriented a team is, from what IPS Bridge knows")
public class OrientationResource {

    @Schema(name = "MonthlyReferrals")
    public record MonthlyReferrals(@Schema(example = "2026-11") String month, long referrals) {
    }

    @Schema(name = "EmploymentOrientation", description = """
            Counts over what IPS Bridge knows. The share of the team's patients who were referred is not known here,
            since the team's patient list stays in the patient record system.""")
    public record Orientation(UUID teamId, LocalDate from, LocalDate to, List<MonthlyReferrals> referralsPerMonth,
            long meetings, long meetingsWithSpecialist,
            @Schema(description = "Meetings an attached specialist attended, of all meetings; null without meetings")
            Double specialistAttendanceRate,
            @Schema(description = "Different clients discussed in the period") long clientsDiscussed) {
    }

    private final TeamAccess access;

    OrientationResource(TeamAccess access) {
        this.access = access;
    }

    @GET
    @Transactional
    @Operation(summary = "The team's employment orientation over a period", description = """
            Referrals naming the team per month, team meetings, how many an employment specialist attended, and how
            many clients were discussed. The last 3 months if no period is given. Aggregates only: no client ids.""")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = Orientation.class),
                    examples = @ExampleObject(name = "a quarter", value = Examples.ORIENTATION)))
    @APIResponse(responseCode = "404", description = "No such team, or not one you work with")
    public Orientation report(@PathParam("teamId") UUID teamId,
            @Parameter(description = "First day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day") @QueryParam("to") LocalDate to) {
        Team team = access.toRead(teamId);
        LocalDate last = to == null ? IpsCalendar.today() : to;
        LocalDate first = from == null ? last.minusMonths(3).plusDays(1) : from;
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        Map<YearMonth, Long> byMonth = TeamReferral.<TeamReferral>list(
                "teamId = ?1 and referredOn between ?2 and ?3", team.id, first, last).stream()
                .collect(Collectors.groupingBy(referral -> YearMonth.from(referral.referredOn), Collectors.counting()));
        List<MonthlyReferrals> perMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            perMonth.add(new MonthlyReferrals(month.toString(), byMonth.getOrDefault(month, 0L)));
        }
        List<Meeting> meetings = Meeting.list("teamId = ?1 and heldOn between ?2 and ?3", team.id, first, last);
        long attended = meetings.stream().filter(meeting -> !meeting.specialistsAttending().isEmpty()).count();
        long clients = meetings.stream().flatMap(meeting -> meeting.clientIdsDiscussed.stream()).distinct().count();
        Double rate = meetings.isEmpty() ? null : (double) attended / meetings.size();
        return new Orientation(team.id, first, last, perMonth, meetings.size(), attended, rate, clients);
    }
}
