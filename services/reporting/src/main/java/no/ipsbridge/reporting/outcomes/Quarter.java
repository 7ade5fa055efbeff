package no.ipsbridge.reporting.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.rest.ProblemException;

/** A calendar quarter such as {@code 2026-Q4}, the period IPS outcomes are reported for. */
public record Quarter(int year, int number) {

    public static Quarter parse(String text) {
        if (text == null || text.isBlank()) {
            LocalDate today = IpsCalendar.today();
            return new Quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        }
        if (!text.matches("\\d{4}-Q[1-4]")) {
            throw ProblemException.invalidField("quarter", "must look like 2026-Q4");
        }
        return new Quarter(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
    }

    public LocalDate first() {
        return LocalDate.of(year, 3 * number - 2, 1);
    }

    public LocalDate last() {
        return YearMonth.of(year, 3 * number).atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(first()) && !day.isAfter(last());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
