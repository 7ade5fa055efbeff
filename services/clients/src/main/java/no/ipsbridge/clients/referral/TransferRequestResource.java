package no.ipsbridge.clients.referral;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.clients.Examples;
import no.ipsbridge.clients.client.ClientIds;

@Path("/api/clients/{id}/transfer-requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfer requests", description = """
        Referrals of this client by a unit that may not see them (another health trust, say). The referrer was not
        told that the person is in IPS; the unit that serves them decides who goes on (ADR 21).""")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "You may read this client but not resolve their transfer requests")
@APIResponse(responseCode = "404", description = "No such client, or not one you serve")
public class TransferRequestResource {

    private final TransferRequests transfers;

    TransferRequestResource(TransferRequests transfers) {
        this.transfers = transfers;
    }

    @GET
    @Transactional
    @Operation(summary = "Transfer requests for this client", description = """
            For the client's specialist, a team lead, and the clinicians who treat the client. Oldest
            first. Audited.""")
    @APIResponse(responseCode = "200", description = "The requests, waiting and resolved",
            content = @Content(schema = @Schema(implementation = TransferRequests.View.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "one waiting", value = Examples.TRANSFER_REQUESTS)))
    public List<TransferRequests.View> list(@PathParam("id") String id) {
        return transfers.of(ClientIds.parse(id));
    }

    @POST
    @Path("/{requestId}/resolution")
    @Transactional
    @Operation(summary = "Decide who goes on serving the person", description = """
            HAND_OVER discharges this client as TRANSFERRED and the referral goes on as the person's record; KEEP
            discharges the referral as TRANSFERRED. Either publishes no.ipsbridge.client.discharged.v1.""")
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(schema = @Schema(implementation = TransferRequests.View.class)))
    @APIResponse(responseCode = "409",
            description = "Already resolved, the referral was closed, or nothing to hand over")
    public TransferRequests.View resolve(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "keep",
                    value = Examples.TRANSFER_RESOLUTION)))
            @Valid @NotNull TransferRequests.Resolution resolution) {
        return transfers.resolve(ClientIds.parse(id), ClientIds.parse(requestId, "requestId"), resolution);
    }
}
