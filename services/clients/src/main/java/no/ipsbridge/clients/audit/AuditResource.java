package no.ipsbridge.clients.audit;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.clientaccess.AuditTrail;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.ClientIds;
import no.ipsbridge.rest.Page;

@Path("/api/clients/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read or changed a client's data, when and why")
public class AuditResource {

    private final ClientAccess access;
    private final AuditTrail audit;

    AuditResource(ClientAccess access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
    }

    @GET
    @Transactional
    @Operation(summary = "The client's audit trail, newest first", description = """
            For the team lead of the client's unit. Reading the trail is itself recorded in it.""")
    @APIResponse(responseCode = "200", description = "One page of audit entries")
    @APIResponse(responseCode = "404", description = "No such client, or not one you serve")
    public Page<AuditTrail.Entry> list(@PathParam("id") String id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit) {
        var clientId = access.toReadAudit(ClientIds.parse(id)).id;
        int size = Page.limitOf(limit);
        long before = cursor == null ? Long.MAX_VALUE : Page.positionOf(cursor);
        List<AuditTrail.Entry> entries = audit.forClient(clientId, before, size + 1);
        String next = entries.size() > size ? Page.cursorOf(entries.get(size - 1).id()) : null;
        return new Page<>(entries.stream().limit(size).toList(), next);
    }
}
