package no.ipsbridge.reporting.orientation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.StatelessSession;

import no.ipsbridge.reporting.outcomes.Quarter;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedTeam;
import no.ipsbridge.reporting.readmodel.ReportsWhileRebuilding;
import no.ipsbridge.reporting.readmodel.UnitHistory;
import no.ipsbridge.reporting.units.ReportCapacity;
import no.ipsbridge.reporting.units.ReportFormat;
import no.ipsbridge.reporting.units.UnitAccess;
import no.ipsbridge.security.Caller;

@Path("/api/units/{unit}/employment-orientation")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@Tag(name = "Employment orientation", description = "How the treatment teams take part in IPS: the change agents' view")
@APIResponse(responseCode = "400", description = "A bad quarter or format")
@APIResponse(responseCode = "403", description = "Not a manager or team lead of this unit")
@APIResponse(responseCode = "503", description = ReportsWhileRebuilding.UNAVAILABLE)
public class OrientationResource {

    private final UnitAccess access;
    private final ReportCapacity capacity;
    private final StatelessSession db;

    OrientationResource(UnitAccess access, ReportCapacity capacity, StatelessSession db) {
        this.access = access;
        this.capacity = capacity;
        this.db = db;
    }

    @GET
    @Transactional
    @Operation(summary = "Each treatment team's employment orientation", description = """
            Per team of the health trust (for a NAV office: the teams that referred its clients): referrals per
            month over the last twelve months, time from referral to enrolment, and the share of the team's
            enrolled clients who have started a competitive job since. Shown outside the health trusts, counts of
            1–4 people are withheld.""")
    @APIResponse(responseCode = "200", description = "One entry per team, by name", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TeamOrientation.class)))
    public Response teams(@PathParam("unit") String unit,
            @Parameter(description = "e.g. 2026-Q4; the current quarter if absent") @QueryParam("quarter") String quarter,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        Caller caller = access.reader(unit);
        ReportFormat as = ReportFormat.parse(format);
        Quarter period = Quarter.parse(quarter);
        boolean seesSmallNumbers = access.seesSmallNumbers(caller, unit);
        List<TeamOrientation> orientation = capacity.compute(() -> orientation(unit, period, seesSmallNumbers));
        if (as == ReportFormat.CSV) {
            List<String> months = orientation.isEmpty() ? List.of()
                    : List.copyOf(orientation.get(0).referralsPerMonth().keySet());
            List<String> header = new ArrayList<>(List.of("teamId", "team", "quarter", "referredInQuarter",
                    "enrolledInQuarter", "medianDaysFromReferralToEnrolment", "enrolled", "workedSinceEnrolment",
                    "shareWorkedSinceEnrolment"));
            months.forEach(month -> header.add("referrals " + month));
            List<List<Object>> rows = orientation.stream().map(team -> {
                List<Object> row = new ArrayList<>(Arrays.asList(team.teamId(), team.teamName(), team.quarter(),
                        team.referredInQuarter(), team.enrolledInQuarter(), team.medianDaysFromReferralToEnrolment(),
                        team.enrolled(), team.workedSinceEnrolment(), team.shareWorkedSinceEnrolment()));
                months.forEach(month -> row.add(team.referralsPerMonth().get(month)));
                return row;
            }).toList();
            return ReportFormat.csv(header, rows, unit + "-employment-orientation-" + period + ".csv");
        }
        return ReportFormat.json(orientation);
    }

    private List<TeamOrientation> orientation(String unit, Quarter period, boolean seesSmallNumbers) {
        UnitHistory history = UnitHistory.of(db, unit);
        Set<UUID> referringTeams = history.clients().stream().map(c -> c.treatmentTeamId).filter(id -> id != null)
                .collect(Collectors.toSet());
        List<ReportedTeam> teams = ReportedTeam.<ReportedTeam> list("healthTrust = ?1 or teamId in ?2 order by name",
                unit, referringTeams.isEmpty() ? Set.of(new UUID(0, 0)) : referringTeams);
        Map<UUID, List<ReportedClient>> byTeam = history.clients().stream().filter(c -> c.treatmentTeamId != null)
                .collect(Collectors.groupingBy(c -> c.treatmentTeamId));
        List<TeamOrientation> orientation = new ArrayList<>();
        for (ReportedTeam team : teams) {
            List<ReportedClient> referred = byTeam.getOrDefault(team.teamId, List.of());
            TeamOrientation figures = TeamOrientation.compute(team.teamId, team.name, period, referred,
                    history.jobsOf(referred));
            orientation.add(seesSmallNumbers ? figures : figures.suppressSmallNumbers());
        }
        return orientation;
    }
}
