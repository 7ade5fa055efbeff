package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.ComputedItem;

class CaseloadSizeTest {

    @Test
    void eachAnchorCountsWholeClientsPerFullTimePost() {
        assertThat(CaseloadSize.score(20)).isEqualTo(5);
        assertThat(CaseloadSize.score(20.49)).isEqualTo(5);
        assertThat(CaseloadSize.score(20.5)).isEqualTo(4);
        assertThat(CaseloadSize.score(25)).isEqualTo(4);
        assertThat(CaseloadSize.score(26)).isEqualTo(3);
        assertThat(CaseloadSize.score(30)).isEqualTo(3);
        assertThat(CaseloadSize.score(31)).isEqualTo(2);
        assertThat(CaseloadSize.score(40)).isEqualTo(2);
        assertThat(CaseloadSize.score(41)).isEqualTo(1);
    }

    @Test
    void aPartTimePostThatBecameFullTimeCountsAsPartTimeBeforeThatDay() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 0.6, "2025-06-01");
        facts.fraction("s1", 1.0, "2026-02-01");
        for (int i = 0; i < 13; i++) {
            facts.onCaseload("s1", "2025-12-01", null);
        }

        ComputedItem inJanuary = new CaseloadSize().compute(facts.asOf("2026-01-31").data());
        assertThat(inJanuary.group().value()).isEqualTo(13 / 0.6);
        assertThat(inJanuary.group().score()).isEqualTo(4);
        assertThat(inJanuary.group().numbers()).containsEntry("clients", 13);

        ComputedItem atTheEnd = new CaseloadSize().compute(facts.asOf("2026-03-31").data());
        assertThat(atTheEnd.group().value()).isEqualTo(13.0);
        assertThat(atTheEnd.group().score()).isEqualTo(5);
    }

    @Test
    void aClientCountsFromTheDayTheyWereAssignedUntilTheDayTheyLeft() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2025-06-01");
        facts.onCaseload("s1", "2026-03-31", null);
        facts.onCaseload("s1", "2026-01-01", "2026-03-31");
        facts.onCaseload("s1", "2026-01-01", "2026-04-01");

        assertThat(new CaseloadSize().compute(facts.data()).bySpecialist().get("s1").numbers())
                .containsEntry("clients", 2);
    }

    @Test
    void noSpecialistsGiveNoFigure() {
        ComputedItem empty = new CaseloadSize().compute(Facts.q1().data());
        assertThat(empty.group().value()).isNull();
        assertThat(empty.group().score()).isNull();
    }
}
