package no.ipsbridge.clients.consent;

import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.Examples;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.ClientIds;
import no.ipsbridge.rest.Idempotency;

@Path("/api/clients/{id}/consents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent", description = "The client's consent (samtykke) to data crossing between NAV and the health trust")
@APIResponse(responseCode = "404", description = "No such client or consent, or not one you serve")
public class ConsentResource {

    private final ConsentService service;
    private final ConsentRepository consents;
    private final ClientAccess access;
    private final Idempotency idempotency;

    ConsentResource(ConsentService service, ConsentRepository consents, ClientAccess access, Idempotency idempotency) {
        this.service = service;
        this.consents = consents;
        this.access = access;
        this.idempotency = idempotency;
    }

    @GET
    @Transactional
    @Operation(summary = "The client's consents, in force and withdrawn", description = """
            Every consent the client gave to share with an agency, oldest first, and when each was withdrawn; for those
            who may read the client.""")
    @APIResponse(responseCode = "200", description = "Every consent the client gave, oldest first",
            content = @Content(examples = @ExampleObject(name = "consents", value = "[" + Examples.CONSENT_VIEW + "]")))
    public List<ConsentRequests.View> list(@PathParam("id") String id) {
        UUID clientId = access.toRead(ClientIds.parse(id), AuditedAction.READ_CONSENTS).id;
        return consents.ofClient(clientId).stream().map(ConsentRequests.View::of).toList();
    }

    @POST
    @Transactional
    @Operation(summary = "Record a consent the client gave", description = """
            Publishes no.ipsbridge.client.consent-given.v1. Recorded by the client's employment specialist or a
            clinician of the client's health trust.""")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ConsentRequests.View.class),
                    examples = @ExampleObject(name = "consent", value = Examples.CONSENT_VIEW)))
    @APIResponse(responseCode = "409", description = "A consent in this direction is already in force")
    public Response give(@PathParam("id") String id,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "health to NAV", value = Examples.CONSENT)))
            @Valid @NotNull ConsentRequests.Give request) {
        return idempotency.execute(key, access.caller().subject(), List.of(id, request),
                () -> service.give(ClientIds.parse(id), request));
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @Transactional
    @Operation(summary = "Record that the client withdrew a consent", description = """
            Takes effect at once: from this commit on, callers who saw the client only under this consent no longer
            do. Publishes no.ipsbridge.client.consent-withdrawn.v1 so every other service stops sharing too.""")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ConsentRequests.View.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public Response withdraw(@PathParam("id") String id, @PathParam("consentId") String consentId,
            @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull ConsentRequests.Withdraw request) {
        return idempotency.execute(key, access.caller().subject(), List.of(id, consentId, request),
                () -> service.withdraw(ClientIds.parse(id), ClientIds.parse(consentId, "consentId"), request));
    }

}
