package no.ipsbridge.clients.path;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.Examples;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.ClientIds;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.DischargeReason;

@Path("/api/clients/{id}/path")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lifecycle", description = "Where the client is on the IPS path, and how they got there")
public class PathResource {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PathStep", description = "One step of the client's IPS path")
    public record View(ClientStatus status, ClientStatus fromStatus, LocalDate on, Instant recordedAt,
            @Schema(description = "What made the step: referral, enrolment, status-change, job-started (a job "
                    + "recorded in the placements service), job-ended, discharge, or before-history (taken before "
                    + "the path was kept: only its day and status are known)") PathCause cause,
            DischargeReason dischargeReason,
            @Schema(description = "The username of who took the step; absent when a job moved the client or the "
                    + "step is older than the path") String recordedBy,
            @Schema(description = "The agency of who took the step (NAV or HEALTH)") String recordedByAgency) {

        static View of(PathStep step) {
            return new View(step.status, step.fromStatus, step.on, step.recordedAt, step.cause, step.dischargeReason,
                    step.recordedByName, step.recordedByAgency);
        }
    }

    private final ClientAccess access;
    private final ClientPath path;

    PathResource(ClientAccess access, ClientPath path) {
        this.access = access;
        this.path = path;
    }

    @GET
    @Transactional
    @Operation(summary = "The client's IPS path: every step, dated, and who took it", description = """
            Oldest first. Read by those who may read the client, under the same rules (403 consent-required for a
            NAV caller without the client's consent). Steps taken before the path was kept (migration V6)
            show the referral, the enrolment and the present status only, as before-history. Audited.""")
    @APIResponse(responseCode = "200", description = "The steps, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = View.class),
                    examples = @ExampleObject(name = "path", value = Examples.PATH)))
    @APIResponse(responseCode = "403",
            description = "You serve the client, but the client has not consented to sharing with your agency")
    @APIResponse(responseCode = "404", description = "No such client, or not one you serve")
    public List<View> read(@PathParam("id") String id) {
        return path.of(access.toRead(ClientIds.parse(id), AuditedAction.READ_PATH).id).stream().map(View::of)
                .toList();
    }
}
