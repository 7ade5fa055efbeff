package no.ipsbridge.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code type} is stable: clients may branch on it. Its OpenAPI schema is written by
 * {@link OpenApiContract}, once for every service.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String existing) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://ipsbridge.no/problems/";

    public record FieldError(String field, String message) {
    }
}
