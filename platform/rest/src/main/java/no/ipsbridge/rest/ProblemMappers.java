package no.ipsbridge.rest;

import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import no.ipsbridge.database.DatabaseFaults;

/** Turns every error into problem+json, so a client never meets an HTML page or a bare status. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return respond(new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input", 400, detail, errors, null));
    }

    /** Jackson's own mapper for this type answers in its own shape, quoting the input; this one takes precedence. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body") : "body";
        // The original message may quote the input; the problem names the field and what it must be instead.
        String message = e instanceof StrictRequestBodies.UnreadableText ? PlainText.RULE
                : e instanceof UnrecognizedPropertyException ? "is not a field of this request"
                : e instanceof JsonMappingException ? "has the wrong type or an unknown value"
                : "is not valid JSON";
        return respond(new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input", 400, field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return respond(new Problem(Problem.TYPE_BASE + "stale-version", "Precondition failed", 412,
                "Someone changed this at the same moment; read it again and retry", List.of(), null));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        // RFC 6750: a 401 names the scheme the client should use.
        return Response.fromResponse(respond(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "A valid bearer token from the ips realm is required", List.of(), null)))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthorized(new UnauthorizedException());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "Your role does not allow this"
                : e.getMessage();
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403, detail, List.of(), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody);
        }
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(new Problem(Problem.TYPE_BASE + slug(title), title, status, e.getMessage(), List.of(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (DatabaseFaults.connectionLost(e)) {
            // An outage, not a defect: the caller should retry, and an operator sees it on readiness already.
            LOG.warnf("Request refused while the database is unreachable: %s", e.getClass().getSimpleName());
            return Response.fromResponse(respond(new Problem(Problem.TYPE_BASE + "unavailable",
                    "Service unavailable", 503, "The database cannot be reached; nothing was changed. Try again "
                            + "shortly", List.of(), null))).header("Retry-After", "30").build();
        }
        return failed(e);
    }

    /**
     * Anything else, an Error included (an OutOfMemoryError in a report once answered with the server's HTML page):
     * still problem+json.
     */
    @ServerExceptionMapper
    public Response failed(Throwable e) {
        LOG.error("Unexpected failure", e);
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "Something went wrong on our side; nothing was changed", List.of(), null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "refer.arg0.nationalId" or "refer.request.nationalId": the request body's own path is what a client knows.
        // An item of a list is named by its index: "attendeeIds[0]", not "attendeeIds[0].<list element>".
        String path = violation.getPropertyPath().toString().replace(".<list element>", "");
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String slug(String title) {
        return title == null ? "error" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
