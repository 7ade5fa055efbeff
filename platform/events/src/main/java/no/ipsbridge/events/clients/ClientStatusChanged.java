package no.ipsbridge.events.clients;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** The client moved along the IPS path (enrolment and discharge have events of their own). */
public record ClientStatusChanged(UUID clientId, ClientStatus from, ClientStatus to, LocalDate changedOn)
        implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.CLIENT_STATUS_CHANGED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
