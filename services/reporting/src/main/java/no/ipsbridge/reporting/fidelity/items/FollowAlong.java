package no.ipsbridge.reporting.fidelity.items;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/**
 * Item 23 (Services 12), in part: face-to-face follow-along with the client after each job started in the year to
 * asOf — 4 when at least half the jobs had a contact in each of their first four weeks and each 30-day month after
 * (only windows that have ended are judged); 3 when at least half of the jobs held four months had a contact in
 * their fourth month; 2 when some had a contact after their first month; 1 when none did. The reviewers decide a 5.
 */
public final class FollowAlong implements ComputedRule {

    record Counts(int jobStarts, int jobsPastTheirFirstWeek, int weeklyThenMonthly, int jobsHeldFourMonths,
            int contactInFourthMonth, int contactAfterFirstMonth) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.TIME_UNLIMITED_FOLLOW_ALONG;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data, jobs(data,
                job -> data.served(specialist.specialistId, job.clientId, job.startedOn))));
        return new ComputedItem(item(), measure(data, jobs(data, job -> data.groupClients().contains(job.clientId))),
                each);
    }

    private static List<ReportedJob> jobs(FidelityData data, Predicate<ReportedJob> whose) {
        return data.jobs().stream().filter(job -> data.inYearTo(job.startedOn)).filter(whose).toList();
    }

    static Measured measure(FidelityData data, List<ReportedJob> jobs) {
        int judged = 0;
        int weeklyThenMonthly = 0;
        int heldFourMonths = 0;
        int contactInFourthMonth = 0;
        int contactAfterFirstMonth = 0;
        for (ReportedJob job : jobs) {
            LocalDate observedTo = job.endedOn == null || job.endedOn.isAfter(data.last()) ? data.last() : job.endedOn;
            List<LocalDate> contacts = data.followAlong().stream()
                    .filter(c -> c.clientId.equals(job.clientId) && c.countsForFidelity())
                    .map(c -> c.contactedOn)
                    .filter(on -> !on.isBefore(job.startedOn) && !on.isAfter(observedTo)).toList();
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
                contactAfterFirstMonth);
        if (judged == 0) {
            return new Measured(null, null, Numbers.of(counts), jobs.size());
        }
        double share = (double) weeklyThenMonthly / judged;
        return new Measured(share, score(counts), Numbers.of(counts), jobs.size());
    }

    static int score(Counts counts) {
        if (counts.jobsPastTheirFirstWeek() > 0
                && (double) counts.weeklyThenMonthly() / counts.jobsPastTheirFirstWeek() >= 0.5) {
            return 4;
        }
        if (counts.jobsHeldFourMonths() > 0
                && (double) counts.contactInFourthMonth() / counts.jobsHeldFourMonths() >= 0.5) {
            return 3;
        }
        return counts.contactAfterFirstMonth() > 0 ? 2 : 1;
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
