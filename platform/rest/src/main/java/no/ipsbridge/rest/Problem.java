package no.ipsbridge.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail. {@code type} is stable: clients may branch on it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "https://ipsbridge.no/problems/invalid-input") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "nationalId: not a valid fødselsnummer or D-nummer") String detail,
        @Schema(description = "The fields that were wrong, when the request body was") List<FieldError> errors,
        @Schema(description = "Where the existing resource is, for conflicts with one") String existing) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://ipsbridge.no/problems/";

    public record FieldError(@Schema(example = "nationalId") String field,
            @Schema(example = "not a valid fødselsnummer or D-nummer") String message) {
    }
}
