package no.ipsbridge.reporting.fidelity.items;

import static no.ipsbridge.reporting.fidelity.items.Facts.day;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowTest {

    private static final Window Q1 = new Window(day("2026-01-01"), day("2026-03-31"));

    @Test
    void aQuarterHasTheWeeksWhoseThursdayItHolds() {
        var weeks = Window.endedWeeks(Q1, day("2026-03-31"));
        assertThat(weeks).hasSize(13);
        assertThat(weeks.getFirst()).isEqualTo(new Window(day("2025-12-29"), day("2026-01-04")));
        assertThat(weeks.getLast()).isEqualTo(new Window(day("2026-03-23"), day("2026-03-29")));
    }

    @Test
    void aWeekOrMonthStillRunningIsNotJudged() {
        assertThat(Window.endedWeeks(Q1, day("2026-01-10"))).hasSize(1);
        assertThat(Window.endedWeeks(Q1, day("2026-01-11"))).hasSize(2);
        assertThat(Window.endedMonths(Q1, day("2026-02-27"))).hasSize(1);
        assertThat(Window.endedMonths(Q1, day("2026-02-28"))).hasSize(2);
        assertThat(Window.endedWeeks(Q1, day("2026-01-03"))).isEmpty();
    }
}
