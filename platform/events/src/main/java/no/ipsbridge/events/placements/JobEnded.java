package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A client's job ended; otherJobsOngoing counts the client's jobs still going, so status follows correctly. */
@EventType("no.ipsbridge.job.ended.v1")
public record JobEnded(UUID jobId, UUID clientId, UUID employerId, LocalDate endedOn, JobEndReason reason,
        boolean newJobSearch, int otherJobsOngoing) implements PlacementEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
