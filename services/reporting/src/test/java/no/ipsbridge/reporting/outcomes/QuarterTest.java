package no.ipsbridge.reporting.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void aQuarterRunsFromItsFirstToItsLastDay() {
        Quarter q4 = Quarter.parse("2026-Q4");
        assertThat(q4.first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Quarter.parse("2024-Q1").last()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void theRateIsBandedByTheIpsEmploymentCentersMarks() {
        assertThat(QuarterlyOutcomes.band(0.30)).isEqualTo(QuarterlyOutcomes.Band.BELOW_MINIMAL);
        assertThat(QuarterlyOutcomes.band(0.31)).isEqualTo(QuarterlyOutcomes.Band.MINIMAL);
        assertThat(QuarterlyOutcomes.band(0.41)).isEqualTo(QuarterlyOutcomes.Band.AVERAGE);
        assertThat(QuarterlyOutcomes.band(0.50)).isEqualTo(QuarterlyOutcomes.Band.EXCELLENT);
        assertThat(QuarterlyOutcomes.band(null)).isNull();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(QuarterlyOutcomes.median(List.of(41L, 61L, 75L))).isEqualTo(61.0);
        assertThat(QuarterlyOutcomes.median(List.of(10L, 20L, 30L, 50L))).isEqualTo(25.0);
        assertThat(QuarterlyOutcomes.median(List.of())).isNull();
    }
}
