package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.Measured;

class FollowAlongTest {

    @Test
    void aContactInEveryWeekOfTheFirstMonthAndEveryMonthAfterMeetsTheSchedule() {
        Facts facts = Facts.q1();
        UUID client = facts.client("2025-06-01", null).clientId;
        facts.job(client, "2026-01-05", "5223", UUID.randomUUID(), true);
        LocalDate start = Facts.day("2026-01-05");
        for (int week = 0; week < 4; week++) {
            facts.followAlong(client, start.plusDays(7L * week + 2).toString());
        }
        facts.followAlong(client, start.plusDays(40).toString());

        Measured unit = new FollowAlong().compute(facts.data()).group();
        assertThat(unit.numbers()).containsEntry("jobsPastTheirFirstWeek", 1).containsEntry("weeklyThenMonthly", 1);
        assertThat(unit.score()).isEqualTo(4);
    }

    @Test
    void aMissedWeekBreaksTheScheduleButAWindowStillRunningDoesNot() {
        Facts facts = Facts.q1().asOf("2026-01-20");
        UUID client = facts.client("2025-06-01", null).clientId;
        facts.job(client, "2026-01-05", "5223", UUID.randomUUID(), true);
        facts.followAlong(client, "2026-01-06");
        facts.followAlong(client, "2026-01-13");
        assertThat(new FollowAlong().compute(facts.data()).group().numbers()).containsEntry("weeklyThenMonthly", 1);

        facts.asOf("2026-03-31");
        Measured later = new FollowAlong().compute(facts.data()).group();
        assertThat(later.numbers()).containsEntry("weeklyThenMonthly", 0);
        assertThat(later.score()).isEqualTo(1);
    }

    @Test
    void theTopAnchorAddsAContactTheWeekBeforeAStartWithinThreeDaysAfterItAndAfterAJobEnds() {
        Facts facts = Facts.q1();
        UUID client = facts.client("2025-06-01", null).clientId;
        LocalDate start = Facts.day("2026-01-12");
        facts.job(client, start.toString(), "5223", UUID.randomUUID(), true);
        facts.followAlong(client, start.minusDays(3).toString());
        for (int week = 0; week < 4; week++) {
            facts.followAlong(client, start.plusDays(7L * week + 1).toString());
        }
        facts.followAlong(client, start.plusDays(40).toString());
        Measured scheduleAndStart = new FollowAlong().compute(facts.data()).group();
        assertThat(scheduleAndStart.numbers()).containsEntry("contactWeekBeforeAndThreeDaysAfterStart", 1)
                .containsEntry("jobsEnded", 0);
        assertThat(scheduleAndStart.score()).isEqualTo(5);

        UUID other = facts.client("2025-06-01", null).clientId;
        facts.job(other, "2025-12-01", "5223", UUID.randomUUID(), true).endedOn = Facts.day("2026-01-05");
        facts.followAlong(other, "2026-01-09");
        Measured lateAfterTheLoss = new FollowAlong().compute(facts.data()).group();
        assertThat(lateAfterTheLoss.numbers()).containsEntry("jobsEnded", 1)
                .containsEntry("contactWithinThreeDaysOfEnd", 0);
        assertThat(lateAfterTheLoss.score()).as("the job loss went four days without contact").isEqualTo(4);
    }

    @Test
    void theLowerAnchorsCountContactsInTheFourthMonthAndAfterTheFirst() {
        assertThat(FollowAlong.score(new FollowAlong.Counts(4, 4, 2, 0, 0, 0))).isEqualTo(4);
        assertThat(FollowAlong.score(new FollowAlong.Counts(4, 4, 1, 2, 1, 1))).isEqualTo(3);
        assertThat(FollowAlong.score(new FollowAlong.Counts(4, 4, 1, 2, 0, 1))).isEqualTo(2);
        assertThat(FollowAlong.score(new FollowAlong.Counts(4, 4, 1, 2, 0, 0))).isEqualTo(1);
    }
}
