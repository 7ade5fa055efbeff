package no.ipsbridge.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, and the opaque cursor of the next (null on the last page). Cursors stay valid while rows
 * are added, unlike offsets. Not a schema of its own in the documents: each list's page is named after what it holds.
 */
public record Page<T>(List<T> items,
        @Schema(description = "Pass as ?cursor= to get the next page; absent on the last page") String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static String cursorOf(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(position)
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor stands for; {@code 0} for the first page. */
    public static long positionOf(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API gave out");
        }
    }

    public static int limitOf(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
