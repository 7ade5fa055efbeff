package no.ipsbridge.placements.benefits;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.BenefitsTopic;
import no.ipsbridge.events.placements.CounselledBy;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.placements.clients.PlacementAccess;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;

@Path("/api/clients/{clientId}/benefits-counselling")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benefits counselling", description = "Work-incentive counselling before a job start and when hours or pay change")
@APIResponse(responseCode = "404", description = "No such client, or not one you serve")
public class BenefitsCounsellingResource {

    @Schema(name = "NewBenefitsCounselling")
    public record NewCounselling(
            @Schema(description = "Today if absent") @PastOrPresent LocalDate givenOn,
            @Schema(description = "Who gave it; most often the client's NAV counsellor", required = true)
            @NotNull CounselledBy givenBy,
            @Schema(required = true) @NotEmpty @Size(max = 6) List<@NotNull BenefitsTopic> topics,
            @Schema(description = "When to look at it again, if agreed") LocalDate nextReviewOn) {
    }

    @Schema(name = "BenefitsCounselling")
    public record View(UUID id, UUID clientId, LocalDate givenOn, CounselledBy givenBy, List<BenefitsTopic> topics,
            LocalDate nextReviewOn, String recordedBy) {

        static View of(BenefitsCounselling counselling) {
            return new View(counselling.id, counselling.clientId, counselling.givenOn, counselling.givenBy,
                    counselling.topics.stream().map(BenefitsTopic::valueOf).toList(), counselling.nextReviewOn,
                    counselling.recordedBy);
        }
    }

    private final PlacementAccess access;
    private final Idempotency idempotency;
    private final Outbox outbox;

    BenefitsCounsellingResource(PlacementAccess access, Idempotency idempotency, Outbox outbox) {
        this.access = access;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Record benefits counselling given to a client", description = """
            By the client's employment specialist, a team lead of their trust, or their NAV counsellor (who often
            gives it; with the client's consent to sharing with NAV). Topics only, no free text. Publishes
            no.ipsbridge.benefits.counselling-given.v1; a job start without counselling in the 90 days before it
            shows as due on the specialist's caseload.""")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "403", description = "No consent to sharing with NAV, or a role that does not counsel")
    public Response record(@PathParam("clientId") UUID clientId,
            @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull NewCounselling request) {
        return idempotency.execute(key, access.caller().subject(), request, () -> {
            access.toRecordCounsellingFor(clientId);
            LocalDate givenOn = request.givenOn() == null ? IpsCalendar.today() : request.givenOn();
            if (request.nextReviewOn() != null && request.nextReviewOn().isBefore(givenOn)) {
                throw ProblemException.invalidField("nextReviewOn", "must not be before givenOn");
            }
            BenefitsCounselling counselling = new BenefitsCounselling();
            counselling.id = UUID.randomUUID();
            counselling.clientId = clientId;
            counselling.recordedBy = access.caller().subject();
            counselling.givenOn = givenOn;
            counselling.givenBy = request.givenBy();
            List<BenefitsTopic> topics = request.topics().stream().distinct().toList();
            counselling.topics = topics.stream().map(Enum::name).toList();
            counselling.nextReviewOn = request.nextReviewOn();
            counselling.persist();
            outbox.append(new BenefitsCounsellingGiven(counselling.id, clientId, givenOn, counselling.givenBy, topics,
                    counselling.nextReviewOn));
            return new Outcome(201, URI.create("/api/clients/" + clientId + "/benefits-counselling/" + counselling.id),
                    null, View.of(counselling));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "The benefits counselling a client was given, newest first",
            description = "For whoever may read the client's job status.")
    @APIResponse(responseCode = "200", description = "The counselling")
    public List<View> list(@PathParam("clientId") UUID clientId) {
        access.toRead(clientId, AuditedAction.READ_BENEFITS_COUNSELLING);
        return BenefitsCounselling.<BenefitsCounselling> list("clientId = ?1 order by givenOn desc", clientId)
                .stream().map(View::of).toList();
    }
}
