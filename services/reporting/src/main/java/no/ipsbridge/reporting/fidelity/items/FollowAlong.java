package no.ipsbridge.reporting.fidelity.items;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.fidelity.Window;
import no.ipsbridge.reporting.readmodel.ReportedFollowAlong;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/**
 * Item 23 (Services 12), in part: face-to-face follow-along with the client around each job started in the year to
 * asOf. 5 when, besides the schedule of 4, at least half the jobs also had a contact in the week before the start
 * and within 3 days after it, and at least half the jobs that ended had a contact within 3 days of the end (the
 * step-down to a mental health worker is for the reviewers); 4 when at least half the jobs had a contact in each of
 * their first four weeks and each 30-day month after (only windows that have ended are judged); 3 when at least half
 * of the jobs held four months had a contact in their fourth month; 2 when some had a contact after their first
 * month; 1 when none did.
 */
public final class FollowAlong implements ComputedRule {

    record Counts(int jobStarts, int jobsPastTheirFirstWeek, int weeklyThenMonthly, int jobsHeldFourMonths,
            int contactInFourthMonth, int contactAfterFirstMonth, int jobsPastTheirThirdDay,
            int contactWeekBeforeAndThreeDaysAfterStart, int jobsEnded, int contactWithinThreeDaysOfEnd) {

        Counts(int jobStarts, int jobsPastTheirFirstWeek, int weeklyThenMonthly, int jobsHeldFourMonths,
                int contactInFourthMonth, int contactAfterFirstMonth) {
            this(jobStarts, jobsPastTheirFirstWeek, weeklyThenMonthly, jobsHeldFourMonths, contactInFourthMonth,
                    contactAfterFirstMonth, 0, 0, 0, 0);
        }
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.TIME_UNLIMITED_FOLLOW_ALONG;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data,
                data.jobStartsServedBy(specialist.specialistId)));
        return new ComputedItem(item(), measure(data, data.groupJobStarts()), each);
    }

    static Measured measure(FidelityData data, List<ReportedJob> jobs) {
        int judged = 0;
        int weeklyThenMonthly = 0;
        int heldFourMonths = 0;
        int contactInFourthMonth = 0;
        int contactAfterFirstMonth = 0;
        int pastThirdDay = 0;
        int aroundStart = 0;
        int ended = 0;
        int afterEnd = 0;
        for (ReportedJob job : jobs) {
            LocalDate observedTo = job.endedOn == null || job.endedOn.isAfter(data.last()) ? data.last() : job.endedOn;
            List<LocalDate> withClient = data.followAlongWith(job.clientId).stream()
                    .filter(ReportedFollowAlong::countsForFidelity)
                    .map(c -> c.contactedOn).filter(on -> !on.isAfter(data.last())).toList();
            List<LocalDate> contacts = withClient.stream()
                    .filter(on -> !on.isBefore(job.startedOn) && !on.isAfter(observedTo)).toList();
            Window weekBefore = new Window(job.startedOn.minusDays(7), job.startedOn.minusDays(1));
            Window threeDaysAfter = new Window(job.startedOn, job.startedOn.plusDays(3));
            if (threeDaysAfter.endedBy(data.last())) {
                pastThirdDay++;
                if (withClient.stream().anyMatch(weekBefore::contains)
                        && withClient.stream().anyMatch(threeDaysAfter::contains)) {
                    aroundStart++;
                }
            }
            if (job.endedOn != null) {
                Window afterTheEnd = new Window(job.endedOn, job.endedOn.plusDays(3));
                if (afterTheEnd.endedBy(data.last())) {
                    ended++;
                    if (withClient.stream().anyMatch(afterTheEnd::contains)) {
                        afterEnd++;
                    }
                }
            }
            List<Window> windows = windows(job.startedOn).stream().filter(w -> w.endedBy(observedTo)).toList();
            if (!windows.isEmpty()) {
                judged++;
                if (windows.stream().allMatch(w -> contacts.stream().anyMatch(w::contains))) {
                    weeklyThenMonthly++;
                }
            }
            if (!observedTo.isBefore(job.startedOn.plusDays(119))) {
                heldFourMonths++;
                Window fourthMonth = new Window(job.startedOn.plusDays(90), job.startedOn.plusDays(119));
                if (contacts.stream().anyMatch(fourthMonth::contains)) {
                    contactInFourthMonth++;
                }
            }
            if (contacts.stream().anyMatch(on -> !on.isBefore(job.startedOn.plusDays(28)))) {
                contactAfterFirstMonth++;
            }
        }
        Counts counts = new Counts(jobs.size(), judged, weeklyThenMonthly, heldFourMonths, contactInFourthMonth,
                contactAfterFirstMonth, pastThirdDay, aroundStart, ended, afterEnd);
        if (judged == 0) {
            return new Measured(null, null, Numbers.of(counts), jobs.size());
        }
        double share = (double) weeklyThenMonthly / judged;
        return new Measured(share, score(counts), Numbers.of(counts), jobs.size());
    }

    static int score(Counts counts) {
        boolean schedule = atLeastHalf(counts.weeklyThenMonthly(), counts.jobsPastTheirFirstWeek());
        boolean aroundStart = atLeastHalf(counts.contactWeekBeforeAndThreeDaysAfterStart(),
                counts.jobsPastTheirThirdDay());
        boolean afterJobLoss = counts.jobsEnded() == 0
                || atLeastHalf(counts.contactWithinThreeDaysOfEnd(), counts.jobsEnded());
        if (schedule && aroundStart && afterJobLoss) {
            return 5;
        }
        if (schedule) {
            return 4;
        }
        if (counts.jobsHeldFourMonths() > 0
                && (double) counts.contactInFourthMonth() / counts.jobsHeldFourMonths() >= 0.5) {
            return 3;
        }
        return counts.contactAfterFirstMonth() > 0 ? 2 : 1;
    }

    private static boolean atLeastHalf(int met, int judged) {
        return judged > 0 && (double) met / judged >= 0.5;
    }

    /** A job's first four weeks, then its 30-day months up to a year: "weekly, then at least monthly". */
    static List<Window> windows(LocalDate started) {
        List<Window> windows = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            windows.add(new Window(started.plusDays(7L * week), started.plusDays(7L * week + 6)));
        }
        for (int month = 0; month < 11; month++) {
            windows.add(new Window(started.plusDays(28 + 30L * month), started.plusDays(28 + 30L * month + 29)));
        }
        return windows;
    }
}
