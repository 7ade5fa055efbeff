package no.ipsbridge.clients.state;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import no.ipsbridge.events.EventJson;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientState;
import no.ipsbridge.outbox.Outbox;

/**
 * Keeps the latest-state topic ips.client-state.v1 (ADR 33): with every event about a client, in the transaction
 * that records it, the client's state with that event folded in goes to the outbox too, after the event, so the
 * relay publishes it after the event and only if both committed.
 */
@ApplicationScoped
public class ClientStateTopic {

    /** The first key of this topic's advisory locks (the relay's single-key locks are another key space). */
    private static final int CLIENT_STATE_LOCKS = 33;

    private final EntityManager entities;
    private final Outbox outbox;

    ClientStateTopic(EntityManager entities, Outbox outbox) {
        this.entities = entities;
        this.outbox = outbox;
    }

    /**
     * Before the event takes its place in the outbox: one transaction about a client at a time from here to its
     * commit, so that the client's events take their places in the order their states are folded.
     */
    void onAppending(@Observes Outbox.Appending appending) {
        if (appending.event() instanceof ClientEvent event) {
            entities.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                    .setParameter(1, CLIENT_STATE_LOCKS).setParameter(2, event.subject()).getSingleResult();
        }
    }

    void onAppended(@Observes Outbox.Appended appended) {
        if (!(appended.event() instanceof ClientEvent event)) {
            return;
        }
        UUID client = UUID.fromString(event.subject());
        ClientState state = ClientState.apply(previous(client), event, appended.sequence(), appended.id(),
                appended.time());
        entities.createNativeQuery("""
                insert into client_latest_state (client_id, state) values (?1, cast(?2 as jsonb))
                on conflict (client_id) do update set state = excluded.state""")
                .setParameter(1, client)
                .setParameter(2, new String(EventJson.write(state), StandardCharsets.UTF_8))
                .executeUpdate();
        outbox.append(state);
    }

    private ClientState previous(UUID client) {
        List<?> rows = entities.createNativeQuery(
                "select cast(state as text) from client_latest_state where client_id = ?1")
                .setParameter(1, client).getResultList();
        return rows.isEmpty() ? null
                : EventJson.read(((String) rows.get(0)).getBytes(StandardCharsets.UTF_8), ClientState.class);
    }
}
