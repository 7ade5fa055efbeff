package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.ComputedItem;

class TeamMeetingsTest {

    private final UUID team = UUID.randomUUID();

    @Test
    void weeksCountFromTheAttachmentAndOnlyWhenTheyHaveEnded() {
        Facts facts = Facts.q1().asOf("2026-01-21");
        facts.specialist("s1", 1.0, "2025-01-01");
        facts.specialist("s2", 1.0, "2025-01-01");
        facts.attached("s1", team, "2025-06-01", null);
        facts.attached("s2", team, "2026-01-12", null);
        facts.meeting(team, "2026-01-06", "s1");
        facts.meeting(team, "2026-01-13", "s2");
        facts.meeting(team, "2026-01-20", "s1", "s2");

        ComputedItem item = new TeamMeetings().compute(facts.data());
        assertThat(item.bySpecialist().get("s1").numbers()).containsEntry("teamWeeks", 3L)
                .containsEntry("weeksAttended", 1L);
        assertThat(item.bySpecialist().get("s2").numbers()).containsEntry("teamWeeks", 1L)
                .containsEntry("weeksAttended", 1L);
        assertThat(item.group().value()).isEqualTo(0.5);
        assertThat(item.group().score()).as("the reviewers score item 5").isNull();
    }

    @Test
    void aMeetingRecordedBeforeAttendanceWasKeptCountsForTheTeamsSpecialist() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2025-01-01");
        facts.attached("s1", team, "2025-06-01", null);
        facts.meeting(team, "2026-01-06");
        facts.meetings.getFirst().specialistAttended = true;

        assertThat(new TeamMeetings().compute(facts.data()).bySpecialist().get("s1").numbers())
                .containsEntry("teamWeeks", 13L).containsEntry("weeksAttended", 1L);
    }

    @Test
    void noAttachmentNoFigure() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2025-01-01");
        assertThat(new TeamMeetings().compute(facts.data()).group().value()).isNull();
    }
}
