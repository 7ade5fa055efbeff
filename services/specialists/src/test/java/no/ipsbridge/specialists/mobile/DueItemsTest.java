package no.ipsbridge.specialists.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.specialists.mobile.DueItems.Due;
import no.ipsbridge.specialists.mobile.DueItems.Kind;
import no.ipsbridge.specialists.mobile.DueItems.Situation;

class DueItemsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void theFirstEmployerContactIsDueWithin30DaysOfEnrolment() {
        assertThat(DueItems.of(new Situation(ClientStatus.ENROLLED, TODAY.minusDays(10), null, null, null, null, null), TODAY))
                .containsExactly(new Due(Kind.FIRST_EMPLOYER_CONTACT, TODAY.plusDays(20), false));
        assertThat(DueItems.of(new Situation(ClientStatus.JOB_SEARCH, TODAY.minusDays(31), null, null, null, null, null), TODAY))
                .containsExactly(new Due(Kind.FIRST_EMPLOYER_CONTACT, TODAY.minusDays(1), true));
        assertThat(DueItems.of(new Situation(ClientStatus.JOB_SEARCH, TODAY.minusDays(31), null, null,
                TODAY.minusDays(5), null, null), TODAY)).isEmpty();
    }

    @Test
    void followAlongIsDueThreeDaysAfterAStartThenWeeklyThenMonthly() {
        LocalDate start = TODAY.minusDays(2);
        assertThat(DueItems.of(new Situation(ClientStatus.EMPLOYED, TODAY.minusDays(60), start, null, null, null,
                start.minusDays(10)), TODAY))
                .containsExactly(new Due(Kind.FOLLOW_ALONG_CONTACT, start.plusDays(3), false));
        assertThat(DueItems.nextFollowAlong(start, start.plusDays(3))).isEqualTo(start.plusDays(10));
        assertThat(DueItems.nextFollowAlong(start, start.plusDays(40))).isEqualTo(start.plusDays(40).plusMonths(1));
    }

    @Test
    void aJobLossCallsForAContactWithinThreeDays() {
        LocalDate lost = TODAY.minusDays(4);
        assertThat(DueItems.of(new Situation(ClientStatus.JOB_SEARCH, TODAY.minusDays(200), null, lost,
                TODAY.minusDays(100), null, null), TODAY))
                .containsExactly(new Due(Kind.JOB_LOSS_CONTACT, lost.plusDays(3), true));
    }

    @Test
    void aDischargedClientHasNothingDue() {
        assertThat(DueItems.of(new Situation(ClientStatus.DISCHARGED, TODAY.minusDays(90), null, null, null, null,
                null),
                TODAY)).isEmpty();
    }

    @Test
    void aJobStartWithoutBenefitsCounsellingSinceEnrolmentIsDue() {
        LocalDate start = TODAY.minusDays(5);
        LocalDate enrolled = TODAY.minusDays(60);
        Due counselling = new Due(Kind.BENEFITS_COUNSELLING, start, true);
        assertThat(DueItems.of(working(start, null), TODAY)).contains(counselling);
        assertThat(DueItems.of(working(start, enrolled.minusDays(1)), TODAY)).contains(counselling);
        assertThat(DueItems.of(working(start, enrolled), TODAY)).doesNotContain(counselling);
        assertThat(DueItems.of(working(start, start.plusDays(2)), TODAY)).extracting(Due::kind)
                .doesNotContain(Kind.BENEFITS_COUNSELLING);
        assertThat(DueItems.of(working(TODAY, null), TODAY)).contains(new Due(Kind.BENEFITS_COUNSELLING, TODAY, false));
    }

    @Test
    void aChangeOfHoursOrPayWithoutCounsellingSinceTheStartIsDueFromTheChange() {
        LocalDate start = TODAY.minusDays(200);
        LocalDate change = TODAY.minusDays(3);
        Due counselling = new Due(Kind.BENEFITS_COUNSELLING, change, true);
        assertThat(DueItems.of(changed(start, start.minusDays(10), change), TODAY)).contains(counselling);
        assertThat(DueItems.of(changed(start, start, change), TODAY)).as("on the start day it was for the start")
                .contains(counselling);
        assertThat(DueItems.of(changed(start, change.minusDays(30), change), TODAY)).extracting(Due::kind)
                .doesNotContain(Kind.BENEFITS_COUNSELLING);
        assertThat(DueItems.of(changed(start, change.plusDays(1), change), TODAY)).extracting(Due::kind)
                .doesNotContain(Kind.BENEFITS_COUNSELLING);
        // A start that was never counselled stays the one item, due from the start.
        assertThat(DueItems.of(changed(start, null, change), TODAY))
                .filteredOn(due -> due.kind() == Kind.BENEFITS_COUNSELLING)
                .containsExactly(new Due(Kind.BENEFITS_COUNSELLING, start, true));
    }

    private static Situation changed(LocalDate start, LocalDate lastCounselling, LocalDate change) {
        return new Situation(ClientStatus.EMPLOYED, TODAY.minusDays(300), start, null, null, TODAY.minusDays(1),
                lastCounselling, change);
    }

    private static Situation working(LocalDate start, LocalDate lastCounselling) {
        return new Situation(ClientStatus.EMPLOYED, TODAY.minusDays(60), start, null, null, start, lastCounselling);
    }
}
