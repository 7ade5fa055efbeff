package no.ipsbridge.reporting.fidelity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityItem.ScoredBy;
import no.ipsbridge.reporting.outcomes.Quarter;
import no.ipsbridge.reporting.readmodel.ReportsWhileRebuilding;
import no.ipsbridge.reporting.units.ReportFormat;
import no.ipsbridge.reporting.units.UnitAccess;
import no.ipsbridge.rest.ProblemException;

@Path("/api/units/{unit}/fidelity")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@Tag(name = "Fidelity", description = "The IPS fidelity items computed from the day-to-day data")
@APIResponse(responseCode = "400", description = "A bad quarter, team or format")
@APIResponse(responseCode = "403", description = "Not a manager or team lead of this unit")
@APIResponse(responseCode = "503", description = ReportsWhileRebuilding.UNAVAILABLE)
public class FidelityResource {

    @Schema(name = "FidelityReport")
    public record Report(String unit, String quarter,
            @Schema(description = "The day the figures stand on: the quarter's last day, or today while it runs")
            LocalDate asOf, UUID team, List<ItemView> items,
            @Schema(description = "Figures withheld because they rest on 1–4 people (item, or item:specialistId)")
            List<String> suppressed) {
    }

    @Schema(name = "FidelityItemFigures")
    public record ItemView(int item, String section, String title, ScoredBy scoredBy, Double value,
            @Schema(description = "1–5 by the scale's anchors; the reviewers accept or override it") Integer proposedScore,
            @Schema(description = "The raw numbers behind the value") Map<String, Object> numbers,
            List<SpecialistView> bySpecialist) {
    }

    @Schema(name = "FidelitySpecialistFigures")
    public record SpecialistView(String specialistId, Double value, Integer proposedScore,
            Map<String, Object> numbers) {
    }

    private final UnitAccess access;
    private final FidelityReports reports;

    FidelityResource(UnitAccess access, FidelityReports reports) {
        this.access = access;
        this.reports = reports;
    }

    @GET
    @Transactional
    @Operation(summary = "A unit's fidelity items for a quarter", description = """
            All 25 items of the IPS Supported Employment Fidelity Scale in order. For the items IPS Bridge computes
            (1, 4, 6, 15, 17, 19, 20, 21, 24; part of 5, 12 and 23) each has its value, the proposed 1–5 score and the
            raw numbers behind it, for the unit and per specialist; the rest are scored by reviewers (see the
            reviews). `?team=` narrows it to the specialists attached to one treatment team. Shown outside the
            health trusts, figures resting on 1–4 people are withheld. Definitions: docs/fidelity.md.""")
    @APIResponse(responseCode = "200", description = "The items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "404", description = "No such team in this unit")
    public Response report(@PathParam("unit") String unit,
            @Parameter(description = "e.g. 2026-Q4; the current quarter if absent") @QueryParam("quarter") String quarter,
            @Parameter(description = "a treatment team's id") @QueryParam("team") String team,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        var caller = access.reader(unit);
        ReportFormat as = ReportFormat.parse(format);
        FidelityReports.Computed computed = reports.compute(unit, Quarter.parse(quarter), teamId(team));
        Report report = view(computed, access.seesSmallNumbers(caller, unit));
        if (as == ReportFormat.CSV) {
            return ReportFormat.csv(List.of("item", "section", "title", "scoredBy", "specialistId", "value",
                    "proposedScore", "numbers"), rows(report), unit + "-fidelity-" + report.quarter() + ".csv");
        }
        return ReportFormat.json(report);
    }

    private static UUID teamId(String team) {
        if (team == null) {
            return null;
        }
        try {
            return UUID.fromString(team);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("team", "must be a team id (a UUID)");
        }
    }

    static Report view(FidelityReports.Computed computed, boolean seesSmallNumbers) {
        List<String> suppressed = new ArrayList<>();
        List<ItemView> items = new ArrayList<>();
        FidelityReports.byItem(computed).forEach((item, figures) -> {
            if (figures.isEmpty()) {
                items.add(new ItemView(item.number(), item.section(), item.title(), item.scoredBy(), null, null,
                        Map.of(), List.of()));
                return;
            }
            ComputedItem found = figures.get();
            List<SpecialistView> bySpecialist = new ArrayList<>();
            found.bySpecialist().forEach((specialistId, measured) -> {
                Measured shown = shown(measured, seesSmallNumbers, suppressed, item.number() + ":" + specialistId);
                bySpecialist.add(new SpecialistView(specialistId, shown.shownValue(), shown.score(),
                        shown.numbers()));
            });
            Measured group = shown(found.group(), seesSmallNumbers, suppressed, String.valueOf(item.number()));
            items.add(new ItemView(item.number(), item.section(), item.title(), item.scoredBy(), group.shownValue(),
                    group.score(), group.numbers(), bySpecialist));
        });
        return new Report(computed.unit(), computed.period().toString(), computed.asOf(), computed.team(), items,
                suppressed);
    }

    private static Measured shown(Measured measured, boolean seesSmallNumbers, List<String> suppressed, String cell) {
        if (seesSmallNumbers || !measured.restsOnFewPeople()) {
            return measured;
        }
        suppressed.add(cell);
        return new Measured(null, null, Map.of(), null);
    }

    private static List<List<Object>> rows(Report report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ItemView item : report.items()) {
            rows.add(Arrays.asList(item.item(), item.section(), item.title(), item.scoredBy(), null, item.value(),
                    item.proposedScore(), numbers(item.numbers())));
            for (SpecialistView specialist : item.bySpecialist()) {
                rows.add(Arrays.asList(item.item(), item.section(), item.title(), item.scoredBy(),
                        specialist.specialistId(), specialist.value(), specialist.proposedScore(),
                        numbers(specialist.numbers())));
            }
        }
        return rows;
    }

    /** The raw numbers in one cell, as {@code clients=18; fullTimeEquivalents=1.00}. */
    private static String numbers(Map<String, Object> numbers) {
        return numbers.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
