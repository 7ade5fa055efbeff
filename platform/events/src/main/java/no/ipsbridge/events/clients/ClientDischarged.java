package no.ipsbridge.events.clients;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** The client left IPS; {@code from} is the status they left from. */
public record ClientDischarged(UUID clientId, ClientStatus from, LocalDate dischargedOn, DischargeReason reason)
        implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.CLIENT_DISCHARGED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
