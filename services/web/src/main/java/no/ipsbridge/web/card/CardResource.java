package no.ipsbridge.web.card;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.oidc.AccessTokenCredential;
import no.ipsbridge.web.backend.Services;
import no.ipsbridge.web.backend.Services.Answer;
import no.ipsbridge.web.problem.Problems;

/**
 * A client's card in one round trip from the phone: the client, their path, career profile, work, benefits
 * counselling and reports to NAV, each read from the service that owns it as the signed-in person. Each part is
 * either shown or withheld with the service's reason: a NAV counsellor the client has not consented to share with
 * gets the reason and none of the health trust's data.
 */
@Path("/bff/clients/{id}")
public class CardResource {

    /**
     * One part of the card: what the service showed, with its version to change it under (If-Match), or the
     * service's problem saying why it withheld it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(JsonNode shown, String etag, JsonNode withheld) {

        static Part of(Answer answer) {
            if (answer.ok()) {
                return new Part(answer.body(), answer.etag(), null);
            }
            // A refusal without a body still says that the part is withheld, with its status.
            return new Part(null, null, answer.body() != null ? answer.body()
                    : JsonNodeFactory.instance.objectNode().put("status", answer.status()));
        }
    }

    public record Card(UUID clientId, Map<String, Part> parts) {
    }

    private final Services services;
    private final AccessTokenCredential person;

    CardResource(Services services, AccessTokenCredential person) {
        this.services = services;
        this.person = person;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response card(@PathParam("id") String id) {
        UUID clientId;
        try {
            clientId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Problems.invalidField("id", "a client's id is a UUID");
        }
        Answer client = services.read("clients", "/api/clients/" + clientId, person);
        if (client.status() == 404 || client.status() >= 500) {
            return Response.status(client.status()).type("application/problem+json").entity(client.body()).build();
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("client", Part.of(client));
        parts.put("path", Part.of(services.read("clients", "/api/clients/" + clientId + "/path", person)));
        parts.put("careerProfile",
                Part.of(services.read("clients", "/api/clients/" + clientId + "/career-profile", person)));
        parts.put("placements",
                Part.of(services.read("placements", "/api/clients/" + clientId + "/placements", person)));
        parts.put("benefitsCounselling", Part.of(services.read("placements",
                "/api/clients/" + clientId + "/benefits-counselling", person)));
        parts.put("navReports",
                Part.of(services.read("placements", "/api/clients/" + clientId + "/nav-reports", person)));
        return Response.ok(new Card(clientId, parts)).build();
    }
}
