package no.ipsbridge.web.backend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import no.ipsbridge.web.problem.Problems;

/**
 * The services, called on behalf of the signed-in person with their own access token: the web client adds no rights
 * of its own (ADR 25). A service's refusal (its problem+json) reaches the page as the service gave it.
 */
@ApplicationScoped
public class Services {

    /** What of a service's answer the page needs: when to retry, the version to change, where a thing was made. */
    private static final List<String> PASSED_BACK = List.of("Retry-After", "ETag", "Location", "Content-Disposition");

    /** HTTP/1.1 to the services: the JDK client's h2c upgrade gains nothing here and is suspected of a hang. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final Map<String, URI> urls;

    Services(ObjectMapper json,
            @ConfigProperty(name = "ips.services.clients.url") URI clients,
            @ConfigProperty(name = "ips.services.specialists.url") URI specialists,
            @ConfigProperty(name = "ips.services.placements.url") URI placements,
            @ConfigProperty(name = "ips.services.teams.url") URI teams,
            @ConfigProperty(name = "ips.services.reporting.url") URI reporting) {
        this.json = json;
        this.urls = Map.of("clients", clients, "specialists", specialists, "placements", placements, "teams", teams,
                "reporting", reporting);
    }

    /** Whether the web client passes requests on to a service of this name. */
    public boolean knows(String service) {
        return urls.containsKey(service);
    }

    /** What a service answered a read, refusal or not: one part of a screen that shows what the person may see. */
    public record Answer(int status, JsonNode body, String etag) {

        public boolean ok() {
            return status == 200;
        }
    }

    /** Reads {@code path} of the service as the person; a refusal is an answer too, for the page to show in words. */
    public Answer read(String service, String path, AccessTokenCredential person) {
        HttpResponse<byte[]> response = send(service, request(service, path, person).GET().build());
        try {
            return new Answer(response.statusCode(),
                    response.body().length == 0 ? null : json.readTree(response.body()),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UnexpectedAnswer(service, path, e);
        }
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
            throw new UnexpectedAnswer(service, path, e);
        }
    }

    /**
     * Passes the person's request on to the service as it is, with the service's answer back as it is: the
     * conditions and the idempotency key with it, so that a retried or queued change is made once and a stale one
     * is refused.
     */
    public Response forward(String service, String method, String pathAndQuery, AccessTokenCredential person,
            Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = request(service, pathAndQuery, person);
        headers.forEach(request::header);
        request.method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return passedOn(send(service, request.build()));
    }

    private HttpRequest.Builder request(String service, String path, AccessTokenCredential person) {
        return HttpRequest.newBuilder(urls.get(service).resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + person.getToken()).header("Accept", "application/json, text/csv");
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
        PASSED_BACK.forEach(header -> response.headers().firstValue(header)
                .ifPresent(value -> answer.header(header, value)));
        return answer.build();
    }

    private static WebApplicationException unreachable(String service) {
        return new WebApplicationException(Response.fromResponse(Problems.of(503, "unavailable", "Service unavailable",
                "The " + service + " service did not answer. A change sent to it may or may not have been made: "
                        + "send it again with the same Idempotency-Key, and it is made once"))
                .header("Retry-After", "10").build());
    }
}
