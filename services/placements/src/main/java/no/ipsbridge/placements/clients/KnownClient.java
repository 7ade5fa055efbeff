package no.ipsbridge.placements.clients;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.DynamicUpdate;

import no.ipsbridge.clientaccess.ClientFacts;
import no.ipsbridge.clientaccess.KnownClientFacts;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.IpsVariant;

/**
 * A client as this service knows them from the clients and specialists topics: the access facts every service keeps,
 * with the IPS variant and who serves the client. Two consumers, of two topics, update a row at the same time, each
 * its own columns; writing only the columns an event changed keeps one from overwriting what the other just wrote.
 */
@DynamicUpdate
@Entity
public class KnownClient extends KnownClientFacts {

    @Enumerated(EnumType.STRING)
    public IpsVariant variant;
    /** From the caseload; the enrolling specialist serves the client until the specialists service says otherwise. */
    public String servingSpecialist;

    /** The client's row, new and without the referral's facts until the referral arrives. */
    public static KnownClient findOrNew(UUID clientId) {
        KnownClient client = findById(clientId);
        if (client == null) {
            client = new KnownClient();
            client.clientId = clientId;
        }
        return client;
    }

    public String specialist() {
        return servingSpecialist != null ? servingSpecialist : enrolledBy;
    }

    public boolean isInIps() {
        return EnumSet.of(ClientStatus.ENROLLED, ClientStatus.JOB_SEARCH, ClientStatus.EMPLOYED,
                ClientStatus.FOLLOW_ALONG).contains(status);
    }

    public ClientFacts facts() {
        return factsServedBy(specialist());
    }
}
