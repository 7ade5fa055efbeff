package no.ipsbridge.events.placements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * The hours or the pay of an ongoing job changed, which is when IPS asks for benefits counselling again. Carries the
 * hours, never the wage: only that it changed.
 */
@EventType("no.ipsbridge.job.changed.v1")
public record JobChanged(UUID changeId, UUID jobId, UUID clientId, LocalDate changedOn, BigDecimal hoursPerWeek,
        BigDecimal previousHoursPerWeek, boolean wageChanged) implements PlacementEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
