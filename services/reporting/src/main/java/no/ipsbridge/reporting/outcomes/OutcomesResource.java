package no.ipsbridge.reporting.outcomes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

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

import no.ipsbridge.reporting.outcomes.QuarterlyOutcomes.Figures;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportsWhileRebuilding;
import no.ipsbridge.reporting.readmodel.UnitHistory;
import no.ipsbridge.reporting.units.ReportCapacity;
import no.ipsbridge.reporting.units.ReportFormat;
import no.ipsbridge.reporting.units.UnitAccess;
import no.ipsbridge.security.Caller;

@Path("/api/units/{unit}/outcomes")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@Tag(name = "Outcomes", description = "The IPS quarterly outcome measures per unit and per specialist")
@APIResponse(responseCode = "400", description = "A bad quarter or format")
@APIResponse(responseCode = "403", description = "Not a manager or team lead of this unit")
@APIResponse(responseCode = "503", description = ReportsWhileRebuilding.UNAVAILABLE)
public class OutcomesResource {

    /** One specialist's clients' outcomes; the specialist is named by their user id only. */
    @Schema(name = "SpecialistOutcomes")
    public record BySpecialist(String specialistId, Figures figures) {
    }

    private final UnitAccess access;
    private final ReportCapacity capacity;
    private final StatelessSession db;

    OutcomesResource(UnitAccess access, ReportCapacity capacity, StatelessSession db) {
        this.access = access;
        this.capacity = capacity;
        this.db = db;
    }

    @GET
    @Transactional
    @Operation(summary = "A unit's quarterly outcomes", description = """
            Clients on caseload, clients working competitively, the employment rate as the IPS Employment Center
            computes it (working competitively ÷ on the caseload) with its band against the Center's marks (31 %
            minimal, 41 % average, 50 % excellent), the same rate among those out of work at referral, job starts,
            education starts, median days from enrolment to first job, job ends by reason.
            A unit is a health trust or a NAV office; managers and team leads see their own. Shown to NAV, counts
            of 1–4 people are withheld (see docs/outcomes.md). `?format=csv` or `Accept: text/csv` for spreadsheets.""")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Figures.class)))
    public Response unit(@PathParam("unit") String unit,
            @Parameter(description = "e.g. 2026-Q4; the current quarter if absent") @QueryParam("quarter") String quarter,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        Caller caller = access.reader(unit);
        ReportFormat as = ReportFormat.parse(format);
        Quarter period = Quarter.parse(quarter);
        Figures figures = shown(access.seesSmallNumbers(caller, unit),
                capacity.compute(() -> {
                    UnitHistory history = UnitHistory.of(db, unit);
                    return compute(period, history, history.clients());
                }));
        if (as == ReportFormat.CSV) {
            List<List<Object>> rows = rows(figures).entrySet().stream()
                    .map(row -> Arrays.<Object> asList(row.getKey(), row.getValue())).toList();
            return ReportFormat.csv(List.of("measure", "value"), rows,
                    unit + "-outcomes-" + figures.quarter() + ".csv");
        }
        return ReportFormat.json(figures);
    }

    @GET
    @Path("/by-specialist")
    @Transactional
    @Operation(summary = "The unit's quarterly outcomes per employment specialist", description = """
            The quarter's outcomes of each specialist serving the unit's clients, for those who may read the unit's
            reports; small numbers are withheld as in the unit's own outcomes. As JSON, or as CSV with format=csv.""")
    @APIResponse(responseCode = "200", description = "One entry per specialist serving the unit's clients",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BySpecialist.class)))
    public Response bySpecialist(@PathParam("unit") String unit,
            @Parameter(description = "e.g. 2026-Q4; the current quarter if absent") @QueryParam("quarter") String quarter,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        Caller caller = access.reader(unit);
        ReportFormat as = ReportFormat.parse(format);
        Quarter period = Quarter.parse(quarter);
        boolean seesSmallNumbers = access.seesSmallNumbers(caller, unit);
        List<BySpecialist> entries = capacity.compute(() -> {
            UnitHistory history = UnitHistory.of(db, unit);
            Map<String, List<ReportedClient>> bySpecialist = new TreeMap<>();
            history.clients().stream().filter(c -> c.specialistId != null)
                    .forEach(c -> bySpecialist.computeIfAbsent(c.specialistId, s -> new ArrayList<>()).add(c));
            return bySpecialist.entrySet().stream().map(e -> new BySpecialist(e.getKey(),
                    shown(seesSmallNumbers, compute(period, history, e.getValue())))).toList();
        });
        if (as == ReportFormat.CSV) {
            List<String> header = new ArrayList<>(List.of("specialistId"));
            List<List<Object>> rows = new ArrayList<>();
            for (BySpecialist entry : entries) {
                Map<String, Object> figures = rows(entry.figures());
                if (rows.isEmpty()) {
                    header.addAll(figures.keySet());
                }
                List<Object> row = new ArrayList<>(List.of(entry.specialistId()));
                row.addAll(figures.values());
                rows.add(row);
            }
            return ReportFormat.csv(header, rows, unit + "-outcomes-by-specialist-" + period + ".csv");
        }
        return ReportFormat.json(entries);
    }

    private static Figures compute(Quarter quarter, UnitHistory history, List<ReportedClient> clients) {
        return QuarterlyOutcomes.compute(quarter, clients, history.jobsOf(clients), history.educationOf(clients));
    }

    private static Figures shown(boolean seesSmallNumbers, Figures figures) {
        return seesSmallNumbers ? figures : figures.suppressSmallNumbers();
    }

    private static Map<String, Object> rows(Figures figures) {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("quarter", figures.quarter());
        rows.put("clientsOnCaseload", figures.clientsOnCaseload());
        rows.put("clientsWorkingCompetitively", figures.clientsWorkingCompetitively());
        rows.put("employmentRate", figures.employmentRate());
        rows.put("band", figures.band());
        rows.put("clientsOutOfWorkAtReferral", figures.clientsOutOfWorkAtReferral());
        rows.put("ofThemWorkingCompetitively", figures.ofThemWorkingCompetitively());
        rows.put("employmentRateOfThoseOutOfWorkAtReferral", figures.employmentRateOfThoseOutOfWorkAtReferral());
        rows.put("jobStarts", figures.jobStarts());
        rows.put("jobStartsCountingAsOutcome", figures.jobStartsCountingAsOutcome());
        rows.put("educationStarts", figures.educationStarts());
        rows.put("clientsWithFirstJob", figures.clientsWithFirstJob());
        rows.put("medianDaysFromEnrolmentToFirstJob", figures.medianDaysFromEnrolmentToFirstJob());
        return rows;
    }
}
