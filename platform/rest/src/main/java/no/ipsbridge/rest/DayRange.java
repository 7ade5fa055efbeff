package no.ipsbridge.rest;

import java.time.LocalDate;

import no.ipsbridge.events.IpsCalendar;

/**
 * The days a list covers, from the {@code from} and {@code to} query parameters: {@code to} today (Norwegian time)
 * when absent, {@code from} a number of days before it; {@code from} after {@code to} is a 400 naming {@code from}.
 */
public record DayRange(LocalDate first, LocalDate last) {

    public static DayRange of(LocalDate from, LocalDate to, int daysWhenAbsent) {
        LocalDate last = to == null ? IpsCalendar.today() : to;
        LocalDate first = from == null ? last.minusDays(daysWhenAbsent - 1L) : from;
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        return new DayRange(first, last);
    }
}
