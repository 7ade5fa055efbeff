package no.ipsbridge.reporting.fidelity;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.reporting.fidelity.FidelityItem.ScoredBy;
import no.ipsbridge.reporting.fidelity.FidelityReviewItem.Origin;
import no.ipsbridge.reporting.outcomes.Quarter;
import no.ipsbridge.reporting.readmodel.ReportsWhileRebuilding;
import no.ipsbridge.reporting.units.ReportFormat;
import no.ipsbridge.reporting.units.UnitAccess;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.Roles;

@Path("/api/units/{unit}/fidelity/reviews")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@Tag(name = "Fidelity reviews", description = "The reviewers' scores, combined with the computed items into the total")
@APIResponse(responseCode = "403", description = "Not a manager or team lead of this unit")
@APIResponse(responseCode = "503", description = ReportsWhileRebuilding.UNAVAILABLE)
public class FidelityReviewResource {

    @Schema(name = "NewFidelityReview")
    public record NewReview(
            @Schema(description = "The quarter whose computed items the review uses, e.g. 2026-Q3", required = true)
            @NotNull String quarter,
            @Schema(required = true) @NotNull @PastOrPresent LocalDate reviewedOn,
            @Schema(description = "The reviewers' agreed scores; a computed item left out keeps its computed score",
                    required = true) @NotEmpty @Size(max = 25) List<@Valid @NotNull ReviewerScore> scores) {
    }

    @Schema(name = "ReviewerScore")
    public record ReviewerScore(
            @Schema(description = "1–25, numbered straight through the scale", required = true) @NotNull Integer item,
            @Schema(required = true) @NotNull @Min(1) @Max(5) Integer score,
            @Schema(description = "Why the reviewers differ from the computed score; about the service, never a "
                    + "person") @Size(max = 2000) String reason) {
    }

    @Schema(name = "FidelityReview")
    public record View(UUID reviewId, String unit, String quarter, LocalDate reviewedOn, List<ItemView> items,
            @Schema(description = "25–125; absent until every item has a score") Integer total, FidelityBand band,
            List<Integer> missingItems) {

        static View of(FidelityReview review) {
            List<ItemView> items = review.items.stream().map(ItemView::of).toList();
            List<Integer> missing = items.stream().filter(item -> item.score() == null).map(ItemView::item).toList();
            Integer total = missing.isEmpty() ? items.stream().mapToInt(ItemView::score).sum() : null;
            return new View(review.reviewId, review.unit, review.quarter, review.reviewedOn, items, total,
                    total == null ? null : FidelityBand.of(total), missing);
        }
    }

    @Schema(name = "FidelityReviewItem")
    public record ItemView(int item, String title, ScoredBy scoredBy, Origin origin, Integer proposedScore,
            Integer score, String reason) {

        static ItemView of(FidelityReviewItem item) {
            FidelityItem scaleItem = FidelityItem.numbered(item.item).orElseThrow();
            return new ItemView(item.item, scaleItem.title(), scaleItem.scoredBy(), item.origin,
                    item.proposedScore == null ? null : item.proposedScore.intValue(),
                    item.finalScore == null ? null : item.finalScore.intValue(), item.reason);
        }
    }

    private final UnitAccess access;
    private final FidelityReports reports;
    private final Idempotency idempotency;

    FidelityReviewResource(UnitAccess access, FidelityReports reports, Idempotency idempotency) {
        this.access = access;
        this.reports = reports;
        this.idempotency = idempotency;
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a fidelity review", description = """
            For the unit's IPS manager, on behalf of the review team. Items IPS Bridge computes keep the score it
            proposes unless the reviewers give another, with a reason; items 5, 12 and 23 and the reviewer-only items
            take the reviewers' score. The review freezes the proposed scores of the day and is kept with every
            earlier one. A total and band appear once all 25 items have a score.""")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response record(@PathParam("unit") String unit,
            @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull NewReview request) {
        Caller caller = access.reader(unit);
        return idempotency.execute(key, caller.subject(), request, () -> {
            if (!caller.is(Roles.IPS_MANAGER)) {
                throw ProblemException.forbidden("the unit's IPS manager records its fidelity reviews");
            }
            Quarter quarter = parseQuarter(request.quarter());
            Map<Integer, ReviewerScore> given = validated(request.scores());
            FidelityReports.Computed computed = reports.compute(unit, quarter, null);

            FidelityReview review = new FidelityReview();
            review.reviewId = UUID.randomUUID();
            review.unit = unit;
            review.quarter = quarter.toString();
            review.reviewedOn = request.reviewedOn();
            review.recordedBy = caller.subject();
            review.recordedAt = Instant.now();
            for (FidelityItem item : FidelityItem.values()) {
                review.items.add(reviewed(review, item, computed.proposedScore(item), given.get(item.number()),
                        indexOf(request.scores(), item.number())));
            }
            review.persist();
            return new Outcome(201, URI.create("/api/units/" + unit + "/fidelity/reviews/" + review.reviewId), null,
                    View.of(review));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "The unit's fidelity reviews, newest first", description = """
            Every fidelity review recorded for the unit, newest first, for those who may read the unit's reports; as
            JSON, or as CSV with format=csv.""")
    @APIResponse(responseCode = "200", description = "The reviews", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = View.class)))
    public Response list(@PathParam("unit") String unit,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        access.reader(unit);
        ReportFormat as = ReportFormat.parse(format);
        List<View> reviews = FidelityReview.<FidelityReview> list("unit = ?1 order by reviewedOn desc, recordedAt desc",
                unit).stream().map(View::of).toList();
        if (as == ReportFormat.CSV) {
            List<List<Object>> rows = reviews.stream().map(review -> Arrays.<Object> asList(review.reviewId(),
                    review.quarter(), review.reviewedOn(), review.total(), review.band(),
                    review.missingItems().size())).toList();
            return ReportFormat.csv(List.of("reviewId", "quarter", "reviewedOn", "total", "band", "itemsMissing"),
                    rows, unit + "-fidelity-reviews.csv");
        }
        return ReportFormat.json(reviews);
    }

    @GET
    @Path("/{reviewId}")
    @Transactional
    @Operation(summary = "One fidelity review, item by item, with the total and band", description = """
            The reviewers' scores for the 25 items of the IPS Fidelity Scale, the total and its band; as JSON, or as
            CSV with format=csv.""")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "404", description = "No such review of this unit")
    public Response one(@PathParam("unit") String unit, @PathParam("reviewId") UUID reviewId,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        access.reader(unit);
        ReportFormat as = ReportFormat.parse(format);
        FidelityReview review = FidelityReview.findById(reviewId);
        if (review == null || !review.unit.equals(unit)) {
            throw ProblemException.notFound("Review " + reviewId);
        }
        View view = View.of(review);
        if (as == ReportFormat.CSV) {
            List<List<Object>> rows = new ArrayList<>(view.items().stream().map(item -> Arrays.<Object> asList(
                    item.item(), item.title(), item.scoredBy(), item.origin(), item.proposedScore(), item.score(),
                    item.reason())).toList());
            rows.add(Arrays.asList("total", null, null, null, null, view.total(), view.band()));
            return ReportFormat.csv(List.of("item", "title", "scoredBy", "origin", "proposedScore", "score", "reason"),
                    rows, unit + "-fidelity-review-" + view.reviewedOn() + ".csv");
        }
        return ReportFormat.json(view);
    }

    private static Quarter parseQuarter(String quarter) {
        if (quarter.isBlank()) {
            throw ProblemException.invalidField("quarter", "must look like 2026-Q4");
        }
        return Quarter.parse(quarter);
    }

    private static Map<Integer, ReviewerScore> validated(List<ReviewerScore> scores) {
        Map<Integer, ReviewerScore> byItem = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            ReviewerScore score = scores.get(i);
            if (FidelityItem.numbered(score.item()).isEmpty()) {
                throw ProblemException.invalidField("scores[" + i + "].item", "must be an item from 1 to 25");
            }
            if (byItem.put(score.item(), score) != null) {
                throw ProblemException.invalidField("scores[" + i + "].item", "item " + score.item() + " is scored twice");
            }
        }
        return byItem;
    }

    private static int indexOf(List<ReviewerScore> scores, int item) {
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).item() == item) {
                return i;
            }
        }
        return -1;
    }

    private static FidelityReviewItem reviewed(FidelityReview review, FidelityItem item, Integer proposed,
            ReviewerScore given, int index) {
        FidelityReviewItem reviewed = new FidelityReviewItem();
        reviewed.review = review;
        reviewed.item = (short) item.number();
        reviewed.proposedScore = proposed == null ? null : proposed.shortValue();
        if (given == null) {
            reviewed.origin = item.scoredBy() == ScoredBy.COMPUTED && proposed != null ? Origin.COMPUTED
                    : Origin.MISSING;
            reviewed.finalScore = reviewed.origin == Origin.COMPUTED ? proposed.shortValue() : null;
            return reviewed;
        }
        boolean overrides = item.scoredBy() == ScoredBy.COMPUTED && proposed != null && !proposed.equals(given.score());
        if (overrides && (given.reason() == null || given.reason().isBlank())) {
            throw ProblemException.invalidField("scores[" + index + "].reason",
                    "say why the reviewers differ from the computed score of " + proposed);
        }
        reviewed.origin = overrides ? Origin.OVERRIDDEN
                : item.scoredBy() == ScoredBy.COMPUTED && proposed != null ? Origin.COMPUTED : Origin.REVIEWED;
        reviewed.finalScore = given.score().shortValue();
        reviewed.reason = given.reason() == null || given.reason().isBlank() ? null : given.reason().strip();
        return reviewed;
    }
}
