package no.ipsbridge.clients.client;

import java.util.UUID;

import no.ipsbridge.rest.ProblemException;

/** Path ids that are not UUIDs are bad input (400 naming the field), not a server error. */
public final class ClientIds {

    private ClientIds() {
    }

    public static UUID parse(String id) {
        return parse(id, "id");
    }

    /** An id from another path parameter, e.g. a consent's; a bad one is refused naming that parameter. */
    public static UUID parse(String value, String parameter) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "must be a UUID");
        }
    }
}
