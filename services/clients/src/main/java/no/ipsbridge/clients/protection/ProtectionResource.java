package no.ipsbridge.clients.protection;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.clients.client.ClientIds;
import no.ipsbridge.clients.client.ClientView;
import no.ipsbridge.rest.ETags;

@Path("/api/clients/{id}/protection")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protection", description = "Protected address (kode 6/7) and shielding (skjermet)")
@APIResponse(responseCode = "404", description = "No such client, or not one you serve")
public class ProtectionResource {

    static final String EXAMPLE = """
            { "addressProtection": "FORTROLIG", "shielded": true,
              "navCounsellorId": "5f0c1a2e-000a-4c3a-9a10-00000000000a" }""";

    private final ProtectionService service;
    private final ClientAccess access;

    ProtectionResource(ProtectionService service, ClientAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @Transactional
    @Operation(summary = "The client's protection marks", description = "Anyone who may read the client. Audited.")
    @APIResponse(responseCode = "200", description = "The marks as they stand",
            content = @Content(schema = @Schema(implementation = ProtectionRequest.class)))
    public Response read(@PathParam("id") String id) {
        Client client = access.toRead(ClientIds.parse(id), AuditedAction.READ_PROTECTION);
        return Response.ok(ProtectionService.of(client)).header("ETag", ETags.of(client.version)).build();
    }

    @PUT
    @Transactional
    @Operation(summary = "Mark the client as protected or shielded, or lift a mark", description = """
            Replaces the marks whole. Set by the client's specialist, a team lead, or a clinician or the clinic system
            of the client's health trust — not by NAV counsellors, whom the marks decide about. Takes effect in this
            service at once and in the others as soon as they read the internal ips.protection.v1. A shielded client
            is seen in NAV only by their specialist and the NAV counsellor named here.""")
    @APIResponse(responseCode = "200", description = "Marked; the client as you may now see it",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "403", description = "Your role may not mark this client")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the client changed since")
    public Response mark(@PathParam("id") String id,
            @Parameter(description = "Optional: the ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "shielded", value = EXAMPLE)))
            @Valid @NotNull ProtectionRequest request) {
        var outcome = service.mark(ClientIds.parse(id), ifMatch, request);
        return Response.status(outcome.status()).header("ETag", outcome.etag()).entity(outcome.body()).build();
    }
}
