package no.ipsbridge.events;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar of IPS Bridge: every date it records or publishes (enrolled on, job started on, meeting held on) is
 * a day in Norway, whatever the server's own time zone.
 */
public final class IpsCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private IpsCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
