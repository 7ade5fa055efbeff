package no.ipsbridge.placements.clients;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import no.ipsbridge.clientaccess.KnownClientFactsProjection;
import no.ipsbridge.events.clients.ClientReferred;

/** Keeps {@link KnownClient} in step with the clients service: referral, enrolment, status, consent and the variant. */
@ApplicationScoped
public class KnownClientsProjection extends KnownClientFactsProjection<KnownClient> {

    @Override
    protected List<KnownClient> findAll(Collection<UUID> clientIds) {
        return KnownClient.list("clientId in ?1", clientIds);
    }

    @Override
    protected KnownClient newRow(UUID clientId) {
        KnownClient client = new KnownClient();
        client.clientId = clientId;
        return client;
    }

    @Override
    protected void referred(KnownClient client, ClientReferred referral) {
        client.variant = referral.variant();
    }
}
