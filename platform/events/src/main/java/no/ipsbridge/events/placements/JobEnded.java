package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A client's job ended; otherJobsOngoing counts the client's jobs still going, so status follows correctly. */
public record JobEnded(UUID jobId, UUID clientId, UUID employerId, LocalDate endedOn, JobEndReason reason, boolean newJobSearch, int otherJobsOngoing) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.JOB_ENDED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
