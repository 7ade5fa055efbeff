package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.Measured;

class CompetitiveJobsTest {

    @Test
    void eachAnchorIsTheShareOfCompetitiveJobsHeld() {
        assertThat(CompetitiveJobs.score(0.95)).isEqualTo(5);
        assertThat(CompetitiveJobs.score(0.9499)).isEqualTo(4);
        assertThat(CompetitiveJobs.score(0.85)).isEqualTo(4);
        assertThat(CompetitiveJobs.score(0.8499)).isEqualTo(3);
        assertThat(CompetitiveJobs.score(0.75)).isEqualTo(3);
        assertThat(CompetitiveJobs.score(0.7499)).isEqualTo(2);
        assertThat(CompetitiveJobs.score(0.64)).isEqualTo(2);
        assertThat(CompetitiveJobs.score(0.6399)).isEqualTo(1);
    }

    @Test
    void onlyJobsHeldOnTheLastDayCount() {
        Facts facts = Facts.q1();
        UUID client = facts.client("2025-01-01", null).clientId;
        facts.job(client, "2025-06-01", "5223", UUID.randomUUID(), true);
        facts.job(client, "2026-01-10", "5223", UUID.randomUUID(), false);
        facts.job(client, "2026-01-10", "5223", UUID.randomUUID(), false).endedOn = Facts.day("2026-03-31");
        facts.job(client, "2026-04-01", "5223", UUID.randomUUID(), false);

        Measured unit = new CompetitiveJobs().compute(facts.data()).group();
        assertThat(unit.numbers()).containsEntry("currentJobs", 2).containsEntry("fewerThanTenCurrentJobs", true);
        assertThat(unit.value()).isEqualTo(0.5);
        assertThat(unit.score()).isEqualTo(1);
    }
}
