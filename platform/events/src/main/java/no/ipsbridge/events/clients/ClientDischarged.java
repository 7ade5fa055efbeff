package no.ipsbridge.events.clients;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** The client left IPS; {@code from} is the status they left from. */
@EventType("no.ipsbridge.client.discharged.v1")
public record ClientDischarged(UUID clientId, ClientStatus from, LocalDate dischargedOn, DischargeReason reason)
        implements ClientEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
