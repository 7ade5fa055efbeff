package no.ipsbridge.reporting.fidelity;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowTest {

    private static final Window Q1 = new Window(parse("2026-01-01"), parse("2026-03-31"));

    @Test
    void aQuarterHasTheWeeksWhoseThursdayItHolds() {
        var weeks = Window.endedWeeks(Q1, parse("2026-03-31"));
        assertThat(weeks).hasSize(13);
        assertThat(weeks.getFirst()).isEqualTo(new Window(parse("2025-12-29"), parse("2026-01-04")));
        assertThat(weeks.getLast()).isEqualTo(new Window(parse("2026-03-23"), parse("2026-03-29")));
    }

    @Test
    void aWeekOrMonthStillRunningIsNotJudged() {
        assertThat(Window.endedWeeks(Q1, parse("2026-01-10"))).hasSize(1);
        assertThat(Window.endedWeeks(Q1, parse("2026-01-11"))).hasSize(2);
        assertThat(Window.endedMonths(Q1, parse("2026-02-27"))).hasSize(1);
        assertThat(Window.endedMonths(Q1, parse("2026-02-28"))).hasSize(2);
        assertThat(Window.endedWeeks(Q1, parse("2026-01-03"))).isEmpty();
    }
}
