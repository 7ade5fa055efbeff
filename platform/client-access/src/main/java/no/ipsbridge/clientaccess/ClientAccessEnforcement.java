package no.ipsbridge.clientaccess;

import java.util.UUID;
import java.util.function.BiFunction;

import no.ipsbridge.clientaccess.ClientAccessPolicy.Decision;
import no.ipsbridge.clientaccess.ClientAccessPolicy.Refusal;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;

/**
 * Turns an access decision into what the caller is told, the same in every service (ADR 5): a caller learns that a
 * client exists only if they may read the client, and learns that consent is missing when that is all that stands
 * in the way.
 */
public final class ClientAccessEnforcement {

    private ClientAccessEnforcement() {
    }

    /** Refuses (403) a caller whose role reads no person-level data at all, before any client is looked up. */
    public static void requireReadsPersons(Caller caller) {
        if (!ClientAccessPolicy.readsPersons(caller)) {
            throw ProblemException.forbidden(ClientAccessPolicy.PERSONS_REFUSED);
        }
    }

    /** The answer for an id that names no client this service knows: the same as for one the caller may not see. */
    public static ProblemException unknownClient(UUID clientId) {
        return ProblemException.notFound("Client " + clientId);
    }

    /**
     * The rule's decision when it allows. Otherwise: 403 {@code consent-required} when the client's consent is what
     * is missing, for this or for reading the client at all; 404, as if the client did not exist, to a caller who may
     * not read the client; 403 with the rule's reason to one who may.
     */
    public static Decision enforce(Caller caller, UUID clientId, ClientFacts facts,
            BiFunction<Caller, ClientFacts, Decision> rule) {
        Decision decision = rule.apply(caller, facts);
        if (decision.allowed()) {
            return decision;
        }
        Decision read = ClientAccessPolicy.read(caller, facts);
        if (decision.refusal() == Refusal.NO_CONSENT || read.refusal() == Refusal.NO_CONSENT) {
            throw new ProblemException(403, "consent-required", "Consent required", read.reason());
        }
        if (!read.allowed()) {
            throw unknownClient(clientId);
        }
        throw ProblemException.forbidden(decision.reason());
    }
}
