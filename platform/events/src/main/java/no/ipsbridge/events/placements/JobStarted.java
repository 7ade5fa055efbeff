package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A client started a job. Competitive means open labour market, ordinary wage, not set aside for disabled people. */
public record JobStarted(UUID jobId, UUID clientId, UUID employerId, LocalDate startedOn, double hoursPerWeek, String occupationCode, boolean competitive, boolean permanent) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.JOB_STARTED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
