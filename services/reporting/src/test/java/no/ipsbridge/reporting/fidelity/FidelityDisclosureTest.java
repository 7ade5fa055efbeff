package no.ipsbridge.reporting.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityResource.ItemView;
import no.ipsbridge.reporting.fidelity.FidelityResource.Report;
import no.ipsbridge.reporting.outcomes.Quarter;

/** Small-number disclosure control of the fidelity report, as shown inside and outside the health trusts. */
class FidelityDisclosureTest {

    private static final FidelityReports.Computed COMPUTED = new FidelityReports.Computed("helse-bergen",
            new Quarter(2026, 3), LocalDate.of(2026, 9, 30), null, List.of(
                    new ComputedItem(FidelityItem.COMPETITIVE_JOBS,
                            new Measured(0.75, 3, Map.of("currentJobs", 4), 4),
                            specialists(new Measured(0.5, 1, Map.of("currentJobs", 2), 2))),
                    new ComputedItem(FidelityItem.CASELOAD_SIZE,
                            new Measured(19.0, 5, Map.of("clients", 19), 19),
                            specialists(new Measured(19.0, 5, Map.of("clients", 19), 19))),
                    new ComputedItem(FidelityItem.COMMUNITY_BASED,
                            new Measured(0.7, 5, Map.of("communityMinutes", 700), null),
                            specialists(new Measured(0.7, 5, Map.of("communityMinutes", 700), null)))));

    @Test
    void outsideTheHealthTrustsFiguresRestingOnOneToFourPeopleAreWithheld() {
        Report report = FidelityResource.view(COMPUTED, false);

        ItemView jobs = report.items().get(20);
        assertThat(jobs.value()).isNull();
        assertThat(jobs.proposedScore()).isNull();
        assertThat(jobs.numbers()).isEmpty();
        assertThat(jobs.bySpecialist().get(0).value()).isNull();
        assertThat(report.items().get(0).value()).isEqualTo(19.0);
        assertThat(report.items().get(23).value()).as("the staff's own time is not about people").isEqualTo(0.7);
        assertThat(report.suppressed()).containsExactly("21:specialist-a", "21");
    }

    @Test
    void insideTheHealthTrustsEveryFigureIsShown() {
        Report report = FidelityResource.view(COMPUTED, true);

        assertThat(report.items().get(20).value()).isEqualTo(0.75);
        assertThat(report.items().get(20).bySpecialist().get(0).numbers()).containsEntry("currentJobs", 2);
        assertThat(report.suppressed()).isEmpty();
    }

    private static Map<String, Measured> specialists(Measured measured) {
        Map<String, Measured> each = new LinkedHashMap<>();
        each.put("specialist-a", measured);
        return each;
    }
}
