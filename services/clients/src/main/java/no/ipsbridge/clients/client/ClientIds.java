package no.ipsbridge.clients.client;

import java.util.UUID;

import no.ipsbridge.rest.ProblemException;

/** Path ids that are not UUIDs are bad input (400 naming the field), not a server error. */
public final class ClientIds {

    private ClientIds() {
    }

    public static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("id", "must be a UUID");
        }
    }
}
