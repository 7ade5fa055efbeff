package no.ipsbridge.web.backend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;

/**
 * The services, called on behalf of the signed-in person with their own access token: the web client adds no rights
 * of its own (ADR 25). A service's refusal (its problem+json) reaches the page as the service gave it.
 */
@ApplicationScoped
public class Services {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final Map<String, URI> urls;

    Services(ObjectMapper json,
            @ConfigProperty(name = "ips.services.clients.url") URI clients,
            @ConfigProperty(name = "ips.services.specialists.url") URI specialists,
            @ConfigProperty(name = "ips.services.placements.url") URI placements) {
        this.json = json;
        this.urls = Map.of("clients", clients, "specialists", specialists, "placements", placements);
    }

    /** Reads {@code path} of the service as the person, into {@code type}; refusals pass through to the page. */
    public <T> T get(String service, String path, AccessTokenCredential person, Class<T> type) {
        HttpResponse<byte[]> response = send(service, request(service, path, person).GET().build());
        if (response.statusCode() != 200) {
            throw new WebApplicationException(passedOn(response));
        }
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException("The " + service + " service answered " + path + " in another shape", e);
        }
    }

    /** Passes the person's request on to the service as it is, with the service's answer back as it is. */
    public Response forward(String service, String path, AccessTokenCredential person, String idempotencyKey,
            byte[] body) {
        HttpRequest.Builder request = request(service, path, person).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return passedOn(send(service, request.build()));
    }

    /** Reads {@code path} of the service as the person, passing its answer back as it is. */
    public Response forward(String service, String path, AccessTokenCredential person) {
        return passedOn(send(service, request(service, path, person).GET().build()));
    }

    private HttpRequest.Builder request(String service, String path, AccessTokenCredential person) {
        return HttpRequest.newBuilder(urls.get(service).resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + person.getToken()).header("Accept", "application/json");
    }

    private HttpResponse<byte[]> send(String service, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unreachable(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(service);
        }
    }

    private static Response passedOn(HttpResponse<byte[]> response) {
        Response.ResponseBuilder answer = Response.status(response.statusCode()).entity(response.body());
        response.headers().firstValue("Content-Type").ifPresent(answer::type);
        response.headers().firstValue("Retry-After").ifPresent(value -> answer.header("Retry-After", value));
        return answer.build();
    }

    private static WebApplicationException unreachable(String service) {
        return new WebApplicationException(Response.status(503).type("application/problem+json").header("Retry-After",
                "10").entity(Map.of("type", "https://ipsbridge.no/problems/unavailable", "title",
                        "Service unavailable", "status", 503, "detail", "The " + service
                                + " service cannot be reached; nothing was changed. Try again shortly")).build());
    }
}
