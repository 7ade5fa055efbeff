package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.Measured;

class DiversityTest {

    @Test
    void eachAnchorIsTheShareOfDistinctKinds() {
        assertThat(Diversity.score(0.85)).isEqualTo(5);
        assertThat(Diversity.score(0.8499)).isEqualTo(4);
        assertThat(Diversity.score(0.70)).isEqualTo(4);
        assertThat(Diversity.score(0.6999)).isEqualTo(3);
        assertThat(Diversity.score(0.60)).isEqualTo(3);
        assertThat(Diversity.score(0.5999)).isEqualTo(2);
        assertThat(Diversity.score(0.50)).isEqualTo(2);
        assertThat(Diversity.score(0.4999)).isEqualTo(1);
    }

    @Test
    void everyJobCountsAndAJobWithoutAnOccupationIsATypeOfItsOwn() {
        Facts facts = Facts.q1();
        UUID employer = UUID.randomUUID();
        UUID client = facts.client("2025-01-01", null).clientId;
        facts.job(client, "2026-01-10", "5223", employer, true);
        facts.job(client, "2026-02-10", "5223", employer, true);
        facts.job(client, "2026-03-10", null, UUID.randomUUID(), true);
        facts.job(client, "2026-03-11", null, employer, true);
        facts.job(client, "2025-03-31", "9112", employer, true);

        Measured types = new JobTypeDiversity().compute(facts.data()).group();
        assertThat(types.numbers()).containsEntry("jobStarts", 4).containsEntry("distinct", 3L);
        assertThat(types.value()).isEqualTo(0.75);
        assertThat(types.score()).isEqualTo(4);

        Measured employers = new EmployerDiversity().compute(facts.data()).group();
        assertThat(employers.value()).isEqualTo(0.5);
        assertThat(employers.score()).isEqualTo(2);
    }

    @Test
    void noJobsNoFigure() {
        assertThat(new JobTypeDiversity().compute(Facts.q1().data()).group().value()).isNull();
    }
}
