package no.ipsbridge.reporting.readmodel;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.outbox.InboxConsumers;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;

@Path("/api/read-model/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Read model", description = "Operating the reports' read model")
public class RebuildResource {

    @Schema(name = "Rebuild")
    public record Rebuild(List<String> replaying) {
    }

    @Schema(name = "ReadModelState", description = "Whether the reports answer from a complete read model")
    public record ReadModelState(
            @Schema(description = "REBUILDING from a rebuild's start until every topic has been read as far as it "
                    + "reached when the rebuild began; the reports answer 503 meanwhile. CURRENT otherwise.",
                    enumeration = {"REBUILDING", "CURRENT"}) String state) {
    }

    static final List<String> CONSUMERS = List.of("read-model-clients", "read-model-specialists",
            "read-model-placements", "read-model-teams");

    /** Every read-model table; the fidelity reviews are reviewers' records and survive a rebuild. */
    private static final String READ_MODEL_TRUNCATION = "truncate r_client, r_job, r_education, r_specialist, "
            + "r_caseload_spell, r_activity, r_employer_contact, r_employer_contact_client, r_follow_along, r_team, "
            + "r_team_attachment, r_team_meeting, r_benefits_counselling, r_job_change, r_working_fraction, "
            + "r_meeting_attendance, r_nav_contact, r_career_profile_update";

    private final InboxConsumers consumers;
    private final EntityManager entities;
    private final CurrentCaller currentCaller;

    RebuildResource(InboxConsumers consumers, EntityManager entities, CurrentCaller currentCaller) {
        this.consumers = consumers;
        this.entities = entities;
        this.currentCaller = currentCaller;
    }

    @GET
    @Operation(summary = "Whether a rebuild is going on", description = """
            For the IPS manager who started a rebuild: REBUILDING until the read model has caught up with every
            topic, then CURRENT.""")
    @APIResponse(responseCode = "200", description = "The read model's state",
            content = @Content(schema = @Schema(implementation = ReadModelState.class),
                    examples = @ExampleObject(name = "rebuilding", value = "{\"state\":\"REBUILDING\"}")))
    @APIResponse(responseCode = "403", description = "Not an IPS manager")
    public ReadModelState state() {
        requireManager();
        return new ReadModelState(consumers.replaying(CONSUMERS) ? "REBUILDING" : "CURRENT");
    }

    @POST
    @Operation(summary = "Rebuild the read model from offset 0", description = """
            Empties the read model and reads every topic again from its first event; the reports end in the state
            they had, plus whatever arrived meanwhile. For IPS managers; the reports answer 503 with Retry-After
            until the read model has caught up (see GET).""")
    @APIResponse(responseCode = "202", description = "Replaying",
            content = @Content(schema = @Schema(implementation = Rebuild.class),
                    examples = @ExampleObject(name = "replaying", value = """
                            {"replaying":["read-model-clients","read-model-specialists","read-model-placements",\
                            "read-model-teams"]}""")))
    @APIResponse(responseCode = "403", description = "Not an IPS manager")
    @APIResponse(responseCode = "409", description = "Other replicas of the service read the topics: scale to one first")
    @APIResponse(responseCode = "503", description = "The broker did not answer; nothing was changed")
    public Response rebuild() {
        requireManager();
        Set<String> others;
        try {
            others = consumers.otherInstancesConsuming(CONSUMERS);
        } catch (IllegalStateException e) {
            throw new ProblemException(503, "broker-unavailable", "The broker does not answer",
                    "Could not learn which replicas read the topics; nothing was changed. Try again shortly.");
        }
        if (!others.isEmpty()) {
            // Each replica holds a share of the partitions, and a replay rewinds only this replica's share.
            throw ProblemException.conflict("other-replicas-consuming", "Other replicas of the reporting service"
                    + " read the topics now (" + others.size() + "); scale the service to one replica, rebuild, and"
                    + " scale it out again once the state is CURRENT (docs/runbook.md). Nothing was changed.");
        }
        consumers.replayFromStart(CONSUMERS, () ->
                entities.createNativeQuery(READ_MODEL_TRUNCATION).executeUpdate());
        return Response.accepted(new Rebuild(CONSUMERS)).build();
    }

    private void requireManager() {
        if (!currentCaller.get().is(Roles.IPS_MANAGER)) {
            throw ProblemException.forbidden("IPS managers rebuild the reports' read model");
        }
    }
}
