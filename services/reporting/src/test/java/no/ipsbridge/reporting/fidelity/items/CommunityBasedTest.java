package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.reporting.fidelity.ComputedItem;

class CommunityBasedTest {

    @Test
    void eachAnchorIsTheShareOfLoggedTimeInTheCommunity() {
        assertThat(CommunityBased.score(0.65)).isEqualTo(5);
        assertThat(CommunityBased.score(0.6499)).isEqualTo(4);
        assertThat(CommunityBased.score(0.50)).isEqualTo(4);
        assertThat(CommunityBased.score(0.4999)).isEqualTo(3);
        assertThat(CommunityBased.score(0.40)).isEqualTo(3);
        assertThat(CommunityBased.score(0.3999)).isEqualTo(2);
        assertThat(CommunityBased.score(0.30)).isEqualTo(2);
        assertThat(CommunityBased.score(0.2999)).isEqualTo(1);
    }

    @Test
    void eachSpecialistIsRatedAndTheUnitTakesTheClosestPointToTheirScores() {
        Facts facts = Facts.q1();
        facts.specialist("out", 1.0, "2025-01-01");
        facts.specialist("in", 1.0, "2025-01-01");
        facts.activity("out", "2026-02-02", ActivityKind.COMMUNITY, 450);
        facts.activity("out", "2026-02-03", ActivityKind.OFFICE, 50);
        facts.activity("in", "2026-02-02", ActivityKind.COMMUNITY, 100);
        facts.activity("in", "2026-02-03", ActivityKind.OFFICE, 300);
        facts.activity("in", "2026-02-04", ActivityKind.NAV_MEETING, 100);
        facts.activity("in", "2025-12-31", ActivityKind.COMMUNITY, 1000);

        ComputedItem item = new CommunityBased().compute(facts.data());
        assertThat(item.bySpecialist().get("out").score()).isEqualTo(5);
        assertThat(item.bySpecialist().get("in").value()).as("meetings are working hours too").isEqualTo(0.2);
        assertThat(item.bySpecialist().get("in").numbers()).containsEntry("communityShareLeavingOutMeetings", 0.25);
        assertThat(item.bySpecialist().get("in").score()).isEqualTo(1);
        assertThat(item.group().score()).isEqualTo(3);
    }

    @Test
    void noTimeLoggedNoFigure() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2025-01-01");
        assertThat(new CommunityBased().compute(facts.data()).group().score()).isNull();
    }
}
