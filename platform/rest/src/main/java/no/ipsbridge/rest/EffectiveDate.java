package no.ipsbridge.rest;

import java.time.LocalDate;

import no.ipsbridge.events.IpsCalendar;

/**
 * The day a change took effect, as a command gives it: people record late (a specialist logs on Friday what happened
 * on Monday, a unit moving onto IPS Bridge brings its history), so every change of who serves whom, or how much,
 * carries its own day. Today when none is given; never in the future; never before what it depends on.
 */
public final class EffectiveDate {

    private EffectiveDate() {
    }

    /**
     * @param requested  the day the request names, or null for today (Norwegian time)
     * @param field      the request field, named in the 400 when the day is refused
     * @param notBefore  the earliest day the change can have taken effect, or null when any past day will do
     * @param earliestIs what {@code notBefore} is, in words for the problem ("the client's enrolment")
     */
    public static LocalDate of(LocalDate requested, String field, LocalDate notBefore, String earliestIs) {
        LocalDate today = IpsCalendar.today();
        LocalDate day = requested == null ? today : requested;
        if (day.isAfter(today)) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw ProblemException.invalidField(field, "must not be before " + earliestIs + " (" + notBefore + ")");
        }
        return day;
    }
}
