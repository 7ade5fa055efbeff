package no.ipsbridge.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters follow {@link PlainText} too: a NUL in an id or a name to search for is a 400 naming the
 * parameter before it can reach the database.
 */
public class PlainTextParameters {

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        return refused(request.getUriInfo().getPathParameters())
                .or(() -> refused(request.getUriInfo().getQueryParameters()))
                .map(name -> ProblemMappers.respond(new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input",
                        400, name + ": " + PlainText.RULE, List.of(new Problem.FieldError(name, PlainText.RULE)),
                        null)));
    }

    private static Optional<String> refused(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!PlainText.acceptable(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(value -> !PlainText.acceptable(value))) {
                return Optional.of(PlainText.acceptable(parameter.getKey()) ? parameter.getKey() : "query");
            }
        }
        return Optional.empty();
    }
}
