package no.ipsbridge.web.problem;

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
}
