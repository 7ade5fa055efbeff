package no.ipsbridge.rest;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

import no.ipsbridge.events.IpsCalendar;

/**
 * The clock of {@code @PastOrPresent} and its kin: Norwegian time, so that a specialist recording "today" at 00:30
 * in Bergen is not refused because the server's clock still says yesterday in UTC.
 */
@ApplicationScoped
public class NorwegianClockProvider implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clock.system(IpsCalendar.ZONE);
    }
}
