package no.ipsbridge.web.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** The web client's own refusals, in the services' shape (RFC 9457 problem+json), so the page reads them alike. */
public final class Problems {

    public static final String TYPE_BASE = "https://ipsbridge.no/problems/";

    private Problems() {
    }

    public static Response of(int status, String type, String title, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("type", TYPE_BASE + type, "title", title, "status", status, "detail", detail)).build();
    }

    /** A bad field of the request, named in {@code errors} as the services name theirs (platform/rest). */
    public static Response invalidField(String field, String message) {
        return Response.status(400).type("application/problem+json").entity(Map.of("type", TYPE_BASE
                + "invalid-input", "title", "Invalid input", "status", 400, "detail", field + ": " + message,
                "errors", List.of(Map.of("field", field, "message", message)))).build();
    }
}
