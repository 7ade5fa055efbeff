package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.Measured;

class RapidJobSearchTest {

    @Test
    void eachAnchorCountsWholeDays() {
        assertThat(RapidJobSearch.score(30)).isEqualTo(5);
        assertThat(RapidJobSearch.score(30.49)).isEqualTo(5);
        assertThat(RapidJobSearch.score(30.5)).isEqualTo(4);
        assertThat(RapidJobSearch.score(60)).isEqualTo(4);
        assertThat(RapidJobSearch.score(61)).isEqualTo(3);
        assertThat(RapidJobSearch.score(150)).isEqualTo(3);
        assertThat(RapidJobSearch.score(151)).isEqualTo(2);
        assertThat(RapidJobSearch.score(270)).isEqualTo(2);
        assertThat(RapidJobSearch.score(271)).isEqualTo(1);
    }

    @Test
    void aClientWhoseThirtyDaysHaveNotPassedDoesNotPullTheAverageDown() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2025-01-01");
        UUID quick = facts.client("2026-01-10", null).clientId;
        facts.employerContact("s1", "2026-02-19", true, quick);
        UUID waiting = facts.client("2026-03-01", null).clientId;
        UUID newcomer = facts.client("2026-03-25", null).clientId;
        facts.employerContact("s1", "2026-01-12", false, waiting, newcomer);

        Measured unit = new RapidJobSearch().compute(facts.data()).group();
        assertThat(unit.numbers()).containsEntry("clientsEnrolled", 3).containsEntry("clientsCounted", 2)
                .containsEntry("withoutContact", 1).containsEntry("notYetDue", 1)
                .containsEntry("firstContactWithin30Days", 0);
        assertThat(unit.value()).as("(40 + 30) / 2").isEqualTo(35.0);
        assertThat(unit.score()).isEqualTo(4);
    }

    @Test
    void aContactBeforeEnrolmentOrByPhoneDoesNotCount() {
        Facts facts = Facts.q1();
        UUID client = facts.client("2026-01-10", null).clientId;
        facts.employerContact("s1", "2026-01-05", true, client);
        facts.employerContact("s1", "2026-01-11", false, client);
        facts.employerContact("s1", "2026-01-20", true, client);
        assertThat(new RapidJobSearch().compute(facts.data()).group().value()).isEqualTo(10.0);
    }

    @Test
    void nobodyEnrolledNoFigure() {
        assertThat(new RapidJobSearch().compute(Facts.q1().data()).group().score()).isNull();
    }
}
