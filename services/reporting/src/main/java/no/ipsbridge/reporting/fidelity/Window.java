package no.ipsbridge.reporting.fidelity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A span of days, both ends included: a week, a month or a window the scale names. */
public record Window(LocalDate first, LocalDate last) {

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }

    /** Whether the window has ended by the day: a week or month still running is neither met nor missed. */
    public boolean endedBy(LocalDate asOf) {
        return !last.isAfter(asOf);
    }

    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    /**
     * The weeks (Monday to Sunday) of the period that have ended by {@code asOf}; a week belongs to the period that
     * holds its Thursday, as ISO weeks belong to years, so a quarter has 13 or 14 of them.
     */
    public static List<Window> endedWeeks(Window period, LocalDate asOf) {
        List<Window> weeks = new ArrayList<>();
        for (LocalDate monday = period.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(period.last()); monday = monday.plusWeeks(1)) {
            Window week = new Window(monday, monday.plusDays(6));
            if (period.contains(monday.plusDays(3)) && week.endedBy(asOf)) {
                weeks.add(week);
            }
        }
        return weeks;
    }

    /** The calendar months of the period that have ended by {@code asOf}. */
    public static List<Window> endedMonths(Window period, LocalDate asOf) {
        List<Window> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.first()); !month.atDay(1).isAfter(period.last());
                month = month.plusMonths(1)) {
            Window window = new Window(month.atDay(1), month.atEndOfMonth());
            if (window.endedBy(asOf)) {
                months.add(window);
            }
        }
        return months;
    }
}
