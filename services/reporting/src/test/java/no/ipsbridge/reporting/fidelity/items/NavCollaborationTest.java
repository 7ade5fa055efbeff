package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.ComputedItem;

class NavCollaborationTest {

    @Test
    void scheduledFaceToFaceMeetingsMonthlyAndContactsWeeklyScoreFive() {
        Facts facts = withSpecialist();
        weeklyCalls(facts, "s1");
        monthlyMeetings(facts, "s1");
        assertThat(score(facts)).isEqualTo(5);
    }

    @Test
    void weeklyContactsWithoutMonthlyMeetingsScoreFour() {
        Facts facts = withSpecialist();
        weeklyCalls(facts, "s1");
        facts.navContact("s1", "2026-02-11", true, true);
        assertThat(score(facts)).isEqualTo(4);
    }

    @Test
    void oneScheduledFaceToFaceMeetingInTheQuarterScoresFour() {
        Facts facts = withSpecialist();
        facts.navContact("s1", "2026-02-11", true, true);
        assertThat(score(facts)).isEqualTo(4);
    }

    @Test
    void aScheduledCallIsNotAFaceToFaceMeeting() {
        Facts facts = withSpecialist();
        facts.navContact("s1", "2026-02-11", true, false);
        assertThat(score(facts)).isEqualTo(2);
    }

    @Test
    void contactsEveryMonthScoreThreeAndOnceAQuarterTwo() {
        Facts monthly = withSpecialist();
        monthly.navContact("s1", "2026-01-20", false, false).navContact("s1", "2026-02-20", false, true)
                .navContact("s1", "2026-03-20", false, false);
        assertThat(score(monthly)).isEqualTo(3);

        Facts quarterly = withSpecialist();
        quarterly.navContact("s1", "2026-03-20", false, false);
        assertThat(score(quarterly)).isEqualTo(2);
    }

    @Test
    void noContactIsOneOnlyOnceTheQuarterHasEnded() {
        assertThat(score(withSpecialist())).isEqualTo(1);
        assertThat(score(withSpecialist().asOf("2026-02-15"))).isNull();
    }

    @Test
    void theRunningWeekAndMonthAreNeitherMetNorMissed() {
        Facts facts = withSpecialist().asOf("2026-02-25");
        for (LocalDate monday = Facts.day("2025-12-29"); monday.isBefore(Facts.day("2026-02-23"));
                monday = monday.plusWeeks(1)) {
            facts.navContact("s1", monday.plusDays(1).toString(), false, false);
        }
        facts.navContact("s1", "2026-01-14", true, true);
        ComputedItem item = new NavCollaboration().compute(facts.data());
        assertThat(item.bySpecialist().get("s1").numbers()).containsEntry("weeksJudged", 8)
                .containsEntry("weeksWithContact", 8).containsEntry("monthsJudged", 1);
        assertThat(item.bySpecialist().get("s1").score()).as("January had its meeting; February is still running")
                .isEqualTo(5);
    }

    @Test
    void weeksBeforeTheSpecialistStartedAreNotJudged() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2026-02-02");
        for (LocalDate monday = Facts.day("2026-02-02"); monday.isBefore(Facts.day("2026-03-30"));
                monday = monday.plusWeeks(1)) {
            facts.navContact("s1", monday.toString(), false, false);
        }
        facts.navContact("s1", "2026-02-10", true, true).navContact("s1", "2026-03-10", true, true);
        assertThat(score(facts)).isEqualTo(5);
    }

    @Test
    void theUnitScoresTheClosestPointToTheMeanOfItsSpecialistsScores() {
        Facts facts = withSpecialist();
        facts.specialist("s2", 1.0, "2025-01-01");
        facts.specialist("s3", 1.0, "2025-01-01");
        weeklyCalls(facts, "s1");
        monthlyMeetings(facts, "s1");
        facts.navContact("s2", "2026-03-20", false, false);
        facts.navContact("s3", "2026-01-20", false, false).navContact("s3", "2026-02-20", false, false)
                .navContact("s3", "2026-03-20", false, false);
        ComputedItem item = new NavCollaboration().compute(facts.data());
        assertThat(item.group().numbers()).containsEntry("meanOfScores", 3.333);
        assertThat(item.group().score()).isEqualTo(3);
    }

    private static Facts withSpecialist() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2025-01-01");
        return facts;
    }

    private static void weeklyCalls(Facts facts, String specialist) {
        for (LocalDate monday = Facts.day("2025-12-29"); monday.isBefore(Facts.day("2026-03-30"));
                monday = monday.plusWeeks(1)) {
            facts.navContact(specialist, monday.plusDays(3).toString(), false, false);
        }
    }

    private static void monthlyMeetings(Facts facts, String specialist) {
        facts.navContact(specialist, "2026-01-14", true, true).navContact(specialist, "2026-02-11", true, true)
                .navContact(specialist, "2026-03-11", true, true);
    }

    private static Integer score(Facts facts) {
        return new NavCollaboration().compute(facts.data()).bySpecialist().get("s1").score();
    }
}
