package no.ipsbridge.web.log;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.oidc.AccessTokenCredential;
import no.ipsbridge.web.backend.Services;

/**
 * What the specialist logs from the phone in a few taps, passed on to the placements service as the person. The
 * page gives each entry its id once, when it is made, and sends it as the Idempotency-Key every time it tries:
 * an entry sent again after a lost answer, or queued offline and sent later, is recorded once.
 */
@Path("/bff")
public class QuickLogResource {

    private final Services services;
    private final AccessTokenCredential person;

    QuickLogResource(Services services, AccessTokenCredential person) {
        this.services = services;
        this.person = person;
    }

    @POST
    @Path("/employer-contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response employerContact(@HeaderParam("Idempotency-Key") String key, byte[] contact) {
        return services.forward("placements", "/api/employer-contacts", person, key, contact);
    }

    /** The employers whose name holds the text, by name (at most 50), to log a contact with. */
    @GET
    @Path("/employers")
    @Produces(MediaType.APPLICATION_JSON)
    public Response employers(@QueryParam("name") String name) {
        return services.forward("placements", "/api/employers?name="
                + URLEncoder.encode(name == null ? "" : name, StandardCharsets.UTF_8), person);
    }
}
