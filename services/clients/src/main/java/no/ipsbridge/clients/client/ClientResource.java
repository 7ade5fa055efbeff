package no.ipsbridge.clients.client;

import java.util.List;
import java.util.Set;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.Examples;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.rest.ETags;
import no.ipsbridge.rest.Page;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Roles;

@Path("/api/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "The clients you serve, as your role and the clients' consents allow")
public class ClientResource {

    private final ClientRepository clients;
    private final ClientAccess access;

    ClientResource(ClientRepository clients, ClientAccess access) {
        this.clients = clients;
        this.access = access;
    }

    @GET
    @Transactional
    @Operation(summary = "List the clients you may see", description = """
            A specialist sees their caseload and the referrals awaiting enrolment in their unit; a clinician or clinic
            system the clients of their health trust; a NAV counsellor the clients of their NAV office who consented
            to sharing with NAV. Ordered by referral; page with the cursor of the previous answer. `?id=` (repeated,
            at most 50) narrows the list to those clients, e.g. to show the names of a caseload; an id you may not
            see is left out, as it would be from the whole list.""")
    @APIResponse(responseCode = "200", description = "One page of clients")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or id")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Your role sees aggregates, not persons")
    public Page<ClientView> list(
            @Parameter(description = "Only clients with this status") @QueryParam("status") ClientStatus status,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "Only these clients (repeat the parameter; at most 50)") @QueryParam("id")
            List<String> ids) {
        if (!access.caller().isAny(Roles.EMPLOYMENT_SPECIALIST, Roles.CLINICIAN, Roles.CLINIC_SYSTEM, Roles.TEAM_LEAD,
                Roles.NAV_COUNSELLOR)) {
            throw ProblemException.forbidden("your role sees aggregates, not persons");
        }
        int size = Page.limitOf(limit);
        List<Client> page = clients.visibleTo(access.caller(), status, only(ids), Page.positionOf(cursor), size + 1);
        List<ClientView> items = access.auditListed(page.stream().limit(size).toList()).stream().map(access::viewOf)
                .toList();
        String next = page.size() > size ? Page.cursorOf(page.get(size - 1).seq) : null;
        return new Page<>(items, next);
    }

    /** As many ids as a request line holds with room to spare (the server refuses lines over 4,096 bytes). */
    static final int MAX_IDS = 50;

    private static Set<UUID> only(List<String> ids) {
        if (ids == null) {
            return Set.of();
        }
        if (ids.size() > MAX_IDS) {
            throw ProblemException.invalidField("id", "at most " + MAX_IDS + " ids at a time");
        }
        return ids.stream().map(id -> ClientIds.parse(id, "id")).collect(Collectors.toSet());
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Read a client", description = "Audited. The ETag is the version to send as If-Match when changing the client.")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ClientView.class),
                    examples = @ExampleObject(name = "referred", value = Examples.CLIENT)))
    @APIResponse(responseCode = "403",
            description = "You serve the client, but the client has not consented to sharing with your agency")
    @APIResponse(responseCode = "404", description = "No such client, or not one you serve")
    public Response read(@PathParam("id") String id) {
        Client client = access.toRead(ClientIds.parse(id), AuditedAction.READ_CLIENT);
        return Response.ok(access.viewOf(client)).header("ETag", ETags.of(client.version)).build();
    }
}
