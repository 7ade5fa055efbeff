package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.Measured;

class WorkIncentivesTest {

    @Test
    void counsellingAnyTimeFromEnrolmentToTheStartCountsForTheStart() {
        Facts facts = Facts.q1();
        UUID early = facts.client("2025-03-01", null).clientId;
        facts.counselled(early, "2025-03-10");
        facts.job(early, "2026-02-01", "5223", UUID.randomUUID(), true);
        UUID onTheDay = facts.client("2025-10-01", null).clientId;
        facts.counselled(onTheDay, "2026-02-01");
        facts.job(onTheDay, "2026-02-01", "5223", UUID.randomUUID(), true);
        UUID beforeEnrolment = facts.client("2025-10-01", null).clientId;
        facts.counselled(beforeEnrolment, "2025-09-20");
        facts.job(beforeEnrolment, "2026-02-01", "5223", UUID.randomUUID(), true);

        Measured unit = new WorkIncentives().compute(facts.data()).group();
        assertThat(unit.numbers()).containsEntry("jobStarts", 3).containsEntry("startsCounselled", 2L);
        assertThat(unit.value()).isEqualTo(2 / 3.0);
        assertThat(unit.score()).as("partly computed: the reviewers score it").isNull();
    }

    @Test
    void aChangeOfHoursOrPayNeedsCounsellingOfItsOwnAfterThePreviousStartOrChange() {
        Facts facts = Facts.q1();
        UUID client = facts.client("2025-10-01", null).clientId;
        facts.counselled(client, "2026-01-05");
        facts.job(client, "2026-01-10", "5223", UUID.randomUUID(), true);
        facts.jobChanged(client, "2026-02-01");
        facts.counselled(client, "2026-02-20");
        facts.jobChanged(client, "2026-03-01");
        facts.counselled(client, "2026-03-01");
        facts.jobChanged(client, "2026-03-20");

        Measured unit = new WorkIncentives().compute(facts.data()).group();
        assertThat(unit.numbers()).containsEntry("jobChanges", 3)
                .as("the first change is covered only by counselling before the start; the third by that on the day "
                        + "of the second change")
                .containsEntry("changesCounselled", 1L).containsEntry("startsCounselled", 1L);
    }

    @Test
    void noStartsOrChangesNoFigure() {
        assertThat(new WorkIncentives().compute(Facts.q1().data()).group().value()).isNull();
    }
}
