package no.ipsbridge.clients.lifecycle;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import no.ipsbridge.clients.Examples;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.clients.client.ClientIds;
import no.ipsbridge.clients.client.ClientView;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Problem;

@Path("/api/clients/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "IPS path", description = "Enrolment, job search, employment, follow-along and discharge")
@APIResponse(responseCode = "200", description = "Done; the client as it is now, its new ETag in the header",
        content = @Content(schema = @Schema(implementation = ClientView.class)))
@APIResponse(responseCode = "403", description = "Your role may not change this client's path")
@APIResponse(responseCode = "404", description = "No such client, or not one you serve")
@APIResponse(responseCode = "409", description = "The IPS path does not allow this move from the current status")
@APIResponse(responseCode = "412", description = "If-Match was sent and the client changed since")
public class LifecycleResource {

    private final LifecycleService lifecycle;
    private final Idempotency idempotency;
    private final ClientAccess access;

    LifecycleResource(LifecycleService lifecycle, Idempotency idempotency, ClientAccess access) {
        this.lifecycle = lifecycle;
        this.idempotency = idempotency;
        this.access = access;
    }

    @POST
    @Path("/enrolment")
    @Transactional
    @Operation(summary = "Enrol a referred client", description = "Publishes no.ipsbridge.client.enrolled.v1.")
    public Response enrol(@PathParam("id") String id,
            @Parameter(description = "Optional: the ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "enrolment", value = Examples.ENROLMENT)))
            @Valid @NotNull LifecycleRequests.Enrolment request) {
        return idempotency.execute(key, access.caller().subject(), List.of(id, request),
                () -> lifecycle.enrol(ClientIds.parse(id), ifMatch, request));
    }

    @POST
    @Path("/status")
    @Transactional
    @Operation(summary = "Move the client along the IPS path", description = """
            ENROLLED → JOB_SEARCH → EMPLOYED ⇄ FOLLOW_ALONG, and back to JOB_SEARCH after a job ends. Publishes
            no.ipsbridge.client.status-changed.v1.""")
    public Response changeStatus(@PathParam("id") String id,
            @Parameter(description = "Optional: the ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "job search", value = Examples.STATUS_CHANGE)))
            @Valid @NotNull LifecycleRequests.StatusChange request) {
        return idempotency.execute(key, access.caller().subject(), List.of(id, request),
                () -> lifecycle.changeStatus(ClientIds.parse(id), ifMatch, request));
    }

    @POST
    @Path("/discharge")
    @Transactional
    @Operation(summary = "Discharge the client", description = "Publishes no.ipsbridge.client.discharged.v1.")
    public Response discharge(@PathParam("id") String id,
            @Parameter(description = "Optional: the ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "discharge", value = Examples.DISCHARGE)))
            @Valid @NotNull LifecycleRequests.Discharge request) {
        return idempotency.execute(key, access.caller().subject(), List.of(id, request),
                () -> lifecycle.discharge(ClientIds.parse(id), ifMatch, request));
    }

    @ServerExceptionMapper
    public Response illegalTransition(Client.IllegalTransition e) {
        Problem problem = new Problem(Problem.TYPE_BASE + "illegal-transition", "Not allowed on the IPS path", 409,
                e.getMessage(), List.of(), null);
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
