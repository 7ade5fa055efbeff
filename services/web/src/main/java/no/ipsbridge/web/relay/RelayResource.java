package no.ipsbridge.web.relay;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.oidc.AccessTokenCredential;
import no.ipsbridge.web.backend.Services;
import no.ipsbridge.web.problem.Problems;

/**
 * The page's way to the services' APIs: {@code /bff/api/placements/follow-along-contacts} is the placements
 * service's {@code /api/follow-along-contacts}, called as the signed-in person with their own token. The services
 * decide what the person may read and change; this adds no rights and keeps nothing.
 *
 * <p>Only the page's own scripts may change anything through it: a change must carry
 * {@code X-Requested-With: JavaScript}, a header another site's form cannot send and its script cannot send without
 * the browser asking this service first (which it refuses), so the session cookie cannot be used to change anything
 * from elsewhere (ADR 25). A read needs no such header — another site cannot read the answer — so that a plain link
 * downloads a report as CSV.
 */
@Path("/bff/api/{service}/{path: .+}")
public class RelayResource {

    /** The request headers the services act on; everything else stays here. */
    private static final List<String> PASSED_ON = List.of("Content-Type", "Idempotency-Key", "If-Match",
            "If-None-Match");

    private final Services services;
    private final AccessTokenCredential person;

    RelayResource(Services services, AccessTokenCredential person) {
        this.services = services;
        this.person = person;
    }

    @GET
    public Response get(@PathParam("service") String service, @PathParam("path") String path,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        return relay(service, path, uri, headers, request, null);
    }

    @POST
    public Response post(@PathParam("service") String service, @PathParam("path") String path,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request, byte[] body) {
        return relay(service, path, uri, headers, request, body);
    }

    @PUT
    public Response put(@PathParam("service") String service, @PathParam("path") String path,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request, byte[] body) {
        return relay(service, path, uri, headers, request, body);
    }

    @DELETE
    public Response delete(@PathParam("service") String service, @PathParam("path") String path,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        return relay(service, path, uri, headers, request, null);
    }

    private Response relay(String service, String path, UriInfo uri, HttpHeaders headers, Request request,
            byte[] body) {
        if (!"GET".equals(request.getMethod())
                && !"JavaScript".equals(headers.getHeaderString("X-Requested-With"))) {
            return Problems.of(403, "not-from-the-page", "Not from the page",
                    "Only the web client's own page calls the services through it");
        }
        if (!services.knows(service)) {
            return Problems.of(404, "not-found", "Not found", "There is no service called " + service);
        }
        if (List.of(path.split("/")).stream().anyMatch(segment -> segment.equals("..") || segment.equals("."))) {
            return Problems.of(400, "invalid-path", "Invalid path", "A path leads to one of the service's resources");
        }
        Map<String, String> passedOn = new LinkedHashMap<>();
        PASSED_ON.forEach(name -> {
            String value = headers.getHeaderString(name);
            if (value != null) {
                passedOn.put(name, value);
            }
        });
        // Passed on as it came, still encoded: a decoded space or '?' would change what the service is asked.
        String prefix = "/bff/api/" + service + "/";
        String rawPath = uri.getRequestUri().getRawPath();
        if (!rawPath.startsWith(prefix)) {
            return Problems.of(400, "invalid-path", "Invalid path", "Name the service plainly: /bff/api/" + service);
        }
        String query = uri.getRequestUri().getRawQuery();
        URI target;
        try {
            target = URI.create("/api/" + rawPath.substring(prefix.length()) + (query == null ? "" : "?" + query));
        } catch (IllegalArgumentException e) {
            return Problems.of(400, "invalid-path", "Invalid path", "The path or query is not a valid URI");
        }
        return services.forward(service, request.getMethod(), target.toString(), person, passedOn, body);
    }
}
