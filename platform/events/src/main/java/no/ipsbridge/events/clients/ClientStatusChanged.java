package no.ipsbridge.events.clients;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** The client moved along the IPS path (enrolment and discharge have events of their own). */
@EventType("no.ipsbridge.client.status-changed.v1")
public record ClientStatusChanged(UUID clientId, ClientStatus from, ClientStatus to, LocalDate changedOn)
        implements ClientEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
