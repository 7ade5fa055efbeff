package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.ComputedItem;

class TeamAssignmentTest {

    @Test
    void eachAnchorIsTheShareOfTheCaseloadFromTheSpecialistsTeams() {
        assertThat(TeamAssignment.score(1.0)).isEqualTo(5);
        assertThat(TeamAssignment.score(0.90)).isEqualTo(5);
        assertThat(TeamAssignment.score(0.8999)).isEqualTo(4);
        assertThat(TeamAssignment.score(0.75)).isEqualTo(4);
        assertThat(TeamAssignment.score(0.7499)).isEqualTo(3);
        assertThat(TeamAssignment.score(0.50)).isEqualTo(3);
        assertThat(TeamAssignment.score(0.4999)).isEqualTo(2);
    }

    @Test
    void theTeamsAreThoseOfTheDayAndASpecialistWithoutATeamScoresOne() {
        UUID team = UUID.randomUUID();
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2025-01-01");
        facts.specialist("s2", 1.0, "2025-01-01");
        facts.attached("s1", team, "2026-03-01", null);
        facts.attached("s2", team, "2025-01-01", "2026-03-15");
        for (int i = 0; i < 4; i++) {
            UUID client = facts.client("2025-12-01", team).clientId;
            facts.spell(client, i < 2 ? "s1" : "s2", "2025-12-01", null);
        }

        ComputedItem item = new TeamAssignment().compute(facts.data());
        assertThat(item.bySpecialist().get("s1").value()).isEqualTo(1.0);
        assertThat(item.bySpecialist().get("s1").score()).isEqualTo(5);
        assertThat(item.bySpecialist().get("s2").score()).as("detached before the period's last day").isEqualTo(1);
        assertThat(item.group().value()).isEqualTo(0.5);
    }
}
