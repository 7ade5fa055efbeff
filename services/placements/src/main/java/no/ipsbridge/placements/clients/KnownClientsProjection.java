package no.ipsbridge.placements.clients;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import no.ipsbridge.clientaccess.KnownClientFactsProjection;
import no.ipsbridge.events.clients.ClientReferred;

/** Keeps {@link KnownClient} in step with the clients service: referral, enrolment, status, consent and the variant. */
@ApplicationScoped
public class KnownClientsProjection extends KnownClientFactsProjection<KnownClient> {

    @Override
    protected KnownClient findOrNew(UUID clientId) {
        return KnownClient.findOrNew(clientId);
    }

    @Override
    protected KnownClient find(UUID clientId) {
        return KnownClient.findById(clientId);
    }

    @Override
    protected void referred(KnownClient client, ClientReferred referral) {
        client.variant = referral.variant();
    }
}
