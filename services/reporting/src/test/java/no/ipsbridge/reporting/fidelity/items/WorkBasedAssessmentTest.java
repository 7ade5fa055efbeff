package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.Measured;

class WorkBasedAssessmentTest {

    @Test
    void theProfileIsFilledInWithin30DaysOfEnrolmentAndUpdatedAfterEachStartAndEnd() {
        Facts facts = Facts.q1();
        UUID prompt = facts.client("2026-01-05", null).clientId;
        facts.profile(prompt, "2026-02-04");
        facts.job(prompt, "2026-02-10", "5223", UUID.randomUUID(), true).endedOn = Facts.day("2026-03-05");
        facts.profile(prompt, "2026-02-20");
        UUID slow = facts.client("2026-01-05", null).clientId;
        facts.profile(slow, "2026-02-05");
        UUID recent = facts.client("2026-03-10", null).clientId;

        Measured unit = new WorkBasedAssessment().compute(facts.data()).group();
        assertThat(unit.numbers()).as("the recent client's 30 days have not passed; nor have the end's")
                .containsEntry("clientsEnrolled", 2).containsEntry("profileWithin30DaysOfEnrolment", 1L)
                .containsEntry("jobStartsAndEnds", 1).containsEntry("profileUpdatedAfter", 1L);
        assertThat(unit.value()).isEqualTo(2 / 3.0);
        assertThat(unit.score()).as("the reviewers score item 14").isNull();
        assertThat(recent).isNotNull();
    }

    @Test
    void nothingDueNoFigure() {
        assertThat(new WorkBasedAssessment().compute(Facts.q1().data()).group().value()).isNull();
    }
}
