package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A client started a job. Competitive means open labour market, ordinary wage, not set aside for disabled people. */
@EventType("no.ipsbridge.job.started.v1")
public record JobStarted(UUID jobId, UUID clientId, UUID employerId, LocalDate startedOn, double hoursPerWeek,
        String occupationCode, boolean competitive, boolean permanent) implements PlacementEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
