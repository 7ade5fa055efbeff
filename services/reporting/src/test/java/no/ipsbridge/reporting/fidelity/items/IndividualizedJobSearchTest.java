package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.Measured;

class IndividualizedJobSearchTest {

    @Test
    void aJobMatchesThePreferencesTheProfileHeldOnTheStartDay() {
        Facts facts = Facts.q1();
        UUID client = facts.client("2025-06-01", null).clientId;
        facts.profile(client, "2025-06-10", "5223");
        facts.profile(client, "2026-02-15", "7512");
        facts.job(client, "2026-01-10", "5223", UUID.randomUUID(), true);
        facts.job(client, "2026-02-10", "7512", UUID.randomUUID(), true);
        facts.job(client, "2026-03-10", "7513", UUID.randomUUID(), true);
        UUID withoutProfile = facts.client("2025-06-01", null).clientId;
        facts.job(withoutProfile, "2026-01-10", "5223", UUID.randomUUID(), true);

        Measured unit = new IndividualizedJobSearch().compute(facts.data()).group();
        assertThat(unit.numbers()).containsEntry("jobStarts", 4).containsEntry("withPreferencesBefore", 3)
                .containsEntry("matchingPreferences", 1L).containsEntry("matchingMinorGroup", 2L);
        assertThat(unit.value()).isEqualTo(1 / 3.0);
        assertThat(unit.score()).isNull();
    }
}
