package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void theClosestScalePointToTheMeanOfScoresRoundsHalvesUpAndNeverFloors() {
        assertThat(Scale.closestPoint(List.of(5, 4))).isEqualTo(5);
        assertThat(Scale.closestPoint(List.of(4, 4, 3))).isEqualTo(4);
        assertThat(Scale.closestPoint(List.of(4, 3, 3))).isEqualTo(3);
        assertThat(Scale.closestPoint(List.of(5, 1))).isEqualTo(3);
        assertThat(Scale.closestPoint(List.of(2, 1, 1, 1))).isEqualTo(1);
        assertThat(Scale.closestPoint(Arrays.asList(5, null))).isEqualTo(5);
        assertThat(Scale.closestPoint(List.of())).isNull();
    }

    @Test
    void thresholdsAreInclusive() {
        assertThat(Scale.atLeast(6, 6, 5, 4, 2)).isEqualTo(5);
        assertThat(Scale.atLeast(1.99, 6, 5, 4, 2)).isEqualTo(1);
        assertThat(Scale.atMost(20, 20, 25, 30, 40)).isEqualTo(5);
        assertThat(Scale.atMost(41, 20, 25, 30, 40)).isEqualTo(1);
    }
}
