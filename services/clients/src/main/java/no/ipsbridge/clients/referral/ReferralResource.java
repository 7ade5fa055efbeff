package no.ipsbridge.clients.referral;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import no.ipsbridge.clients.Examples;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.ClientView;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Problem;

@Path("/api/referrals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referring a person to IPS, by a clinician or a clinic system")
public class ReferralResource {

    private final ReferralService referrals;
    private final Idempotency idempotency;
    private final ClientAccess access;

    ReferralResource(ReferralService referrals, Idempotency idempotency, ClientAccess access) {
        this.referrals = referrals;
        this.idempotency = idempotency;
        this.access = access;
    }

    @POST
    @Transactional
    @Operation(summary = "Refer a person to IPS", description = """
            Creates the client with status REFERRED and publishes no.ipsbridge.client.referred.v1. Zero exclusion: no
            referral is refused for diagnosis, substance use or work history. A person who already has an active IPS
            record gets 409 with a link to it. Send an Idempotency-Key so that a retry creates nothing twice.""")
    @APIResponse(responseCode = "201", description = "Referred; Location is the new client",
            content = @Content(schema = @Schema(implementation = ClientView.class),
                    examples = @ExampleObject(name = "referred", value = Examples.CLIENT)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, e.g. an invalid fødselsnummer",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "bad national id", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "403", description = "Only clinicians and clinic systems refer")
    @APIResponse(responseCode = "409",
            description = "The person already has an active IPS record ('existing' links to it)")
    public Response refer(
            @Parameter(description = "Any unique string, e.g. a UUID, the same for every retry of this referral")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "referral", value = Examples.REFERRAL)))
            @Valid @NotNull ReferralRequest request) {
        return idempotency.execute(idempotencyKey, access.caller().subject(), request, () -> referrals.refer(request));
    }
}
