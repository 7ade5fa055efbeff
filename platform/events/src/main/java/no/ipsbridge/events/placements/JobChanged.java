package no.ipsbridge.events.placements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/**
 * The hours or the pay of an ongoing job changed, which is when IPS asks for benefits counselling again. Carries the
 * hours, never the wage: only that it changed.
 */
public record JobChanged(UUID changeId, UUID jobId, UUID clientId, LocalDate changedOn, BigDecimal hoursPerWeek,
        BigDecimal previousHoursPerWeek, boolean wageChanged) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.JOB_CHANGED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
