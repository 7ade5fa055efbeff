package no.ipsbridge.reporting.outcomes;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedEducation;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/**
 * The IPS quarterly outcome measures (docs/outcomes.md), computed from the read model for one group of clients
 * (a unit, or one specialist's clients). Plain code over plain lists, so every figure has a test by hand.
 */
public final class QuarterlyOutcomes {

    /** The IPS Employment Center's marks for the quarterly competitive employment rate. */
    public static final double MINIMAL = 0.31;
    public static final double AVERAGE = 0.41;
    public static final double EXCELLENT = 0.50;
    /** IPS Grow: a job start counts as an outcome from 4 paid hours a week. */
    public static final double OUTCOME_HOURS = 4.0;

    public enum Band {
        BELOW_MINIMAL, MINIMAL, AVERAGE, EXCELLENT
    }

    /**
     * The measures; a count is null where small-number disclosure control suppressed it (see {@code suppressed}).
     *
     * @param employmentRate the IPS Employment Center's quarterly competitive employment rate: clients working
     *                       competitively over all clients on the caseload, with its {@code band}
     * @param employmentRateOfThoseOutOfWorkAtReferral the second, narrower figure: of the clients on the caseload
     *                       who were out of work at referral, the share working competitively
     */
    public record Figures(String quarter, Integer clientsOnCaseload, Integer clientsWorkingCompetitively,
            Double employmentRate, Band band, Integer clientsOutOfWorkAtReferral, Integer ofThemWorkingCompetitively,
            Double employmentRateOfThoseOutOfWorkAtReferral, Integer jobStarts, Integer jobStartsCountingAsOutcome,
            Integer educationStarts, Integer clientsWithFirstJob, Double medianDaysFromEnrolmentToFirstJob,
            Map<String, Integer> jobEndsByReason, List<String> suppressed) {

        /**
         * Small-number disclosure control for figures shown across agencies: every count of 1 to 4 people is
         * withheld, and so is every figure derived from fewer than 5 people.
         */
        public Figures suppressSmallNumbers() {
            List<String> withheld = new ArrayList<>();
            Map<String, Integer> ends = new TreeMap<>();
            jobEndsByReason.forEach((reason, count) -> {
                if (small(count)) {
                    withheld.add("jobEndsByReason." + reason);
                } else {
                    ends.put(reason, count);
                }
            });
            // A rate gives its counts away: it is withheld when either of them is.
            boolean headlineWithheld = small(clientsOnCaseload) || small(clientsWorkingCompetitively);
            boolean narrowWithheld = small(clientsOutOfWorkAtReferral) || small(ofThemWorkingCompetitively);
            return new Figures(quarter, keep("clientsOnCaseload", clientsOnCaseload, withheld),
                    keep("clientsWorkingCompetitively", clientsWorkingCompetitively, withheld),
                    headlineWithheld ? withhold("employmentRate", withheld) : employmentRate,
                    headlineWithheld ? null : band,
                    keep("clientsOutOfWorkAtReferral", clientsOutOfWorkAtReferral, withheld),
                    keep("ofThemWorkingCompetitively", ofThemWorkingCompetitively, withheld),
                    narrowWithheld ? withhold("employmentRateOfThoseOutOfWorkAtReferral", withheld)
                            : employmentRateOfThoseOutOfWorkAtReferral,
                    keep("jobStarts", jobStarts, withheld),
                    keep("jobStartsCountingAsOutcome", jobStartsCountingAsOutcome, withheld),
                    keep("educationStarts", educationStarts, withheld),
                    keep("clientsWithFirstJob", clientsWithFirstJob, withheld),
                    clientsWithFirstJob < 5 ? withhold("medianDaysFromEnrolmentToFirstJob", withheld)
                            : medianDaysFromEnrolmentToFirstJob,
                    ends, List.copyOf(withheld));
        }

        private static boolean small(Integer count) {
            return count != null && count > 0 && count < 5;
        }

        private static Integer keep(String name, Integer count, List<String> withheld) {
            if (small(count)) {
                withheld.add(name);
                return null;
            }
            return count;
        }

        private static Double withhold(String name, List<String> withheld) {
            withheld.add(name);
            return null;
        }
    }

    private QuarterlyOutcomes() {
    }

    public static Figures compute(Quarter quarter, List<ReportedClient> clients, List<ReportedJob> jobs,
            List<ReportedEducation> education) {
        Set<UUID> ids = clients.stream().map(c -> c.clientId).collect(Collectors.toSet());
        List<ReportedJob> theirJobs = jobs.stream().filter(job -> ids.contains(job.clientId)).toList();

        List<ReportedClient> onCaseload = clients.stream()
                .filter(c -> c.enrolledOn != null && !c.enrolledOn.isAfter(quarter.last()))
                .filter(c -> c.dischargedOn == null || !c.dischargedOn.isBefore(quarter.first()))
                .toList();
        Set<UUID> working = theirJobs.stream().filter(job -> job.competitive)
                .filter(job -> !job.startedOn.isAfter(quarter.last()))
                .filter(job -> job.endedOn == null || !job.endedOn.isBefore(quarter.first()))
                .map(job -> job.clientId).collect(Collectors.toSet());
        int workingOnCaseload = (int) onCaseload.stream().filter(c -> working.contains(c.clientId)).count();
        List<ReportedClient> outOfWork = onCaseload.stream()
                .filter(c -> Boolean.FALSE.equals(c.workingAtReferral)).toList();
        int outOfWorkNowWorking = (int) outOfWork.stream().filter(c -> working.contains(c.clientId)).count();
        Double rate = onCaseload.isEmpty() ? null : (double) workingOnCaseload / onCaseload.size();
        Double rateOutOfWork = outOfWork.isEmpty() ? null : (double) outOfWorkNowWorking / outOfWork.size();

        List<ReportedJob> competitive = theirJobs.stream().filter(job -> job.competitive).toList();
        List<ReportedJob> started = competitive.stream().filter(job -> quarter.contains(job.startedOn)).toList();
        int outcomeStarts = (int) started.stream()
                .filter(job -> job.hoursPerWeek.doubleValue() >= OUTCOME_HOURS).count();
        int educationStarts = (int) education.stream()
                .filter(e -> ids.contains(e.clientId) && quarter.contains(e.startedOn)).count();

        Map<UUID, ReportedClient> byId = clients.stream().collect(Collectors.toMap(c -> c.clientId, c -> c));
        List<Long> daysToFirstJob = competitive.stream()
                .collect(Collectors.groupingBy(job -> job.clientId,
                        Collectors.minBy(Comparator.comparing((ReportedJob job) -> job.startedOn))))
                .values().stream().flatMap(Optional::stream)
                .filter(first -> quarter.contains(first.startedOn))
                .map(first -> {
                    ReportedClient client = byId.get(first.clientId);
                    return client.enrolledOn == null ? null
                            : ChronoUnit.DAYS.between(client.enrolledOn, first.startedOn);
                })
                .filter(Objects::nonNull).sorted().toList();

        Map<String, Integer> ends = new TreeMap<>();
        theirJobs.stream().filter(job -> quarter.contains(job.endedOn))
                .forEach(job -> ends.merge(job.endReason.name(), 1, Integer::sum));

        return new Figures(quarter.toString(), onCaseload.size(), workingOnCaseload, rate, band(rate),
                outOfWork.size(), outOfWorkNowWorking, rateOutOfWork, started.size(), outcomeStarts, educationStarts,
                daysToFirstJob.size(), median(daysToFirstJob), ends, List.of());
    }

    static Band band(Double rate) {
        if (rate == null) {
            return null;
        }
        if (rate >= EXCELLENT) {
            return Band.EXCELLENT;
        }
        if (rate >= AVERAGE) {
            return Band.AVERAGE;
        }
        return rate >= MINIMAL ? Band.MINIMAL : Band.BELOW_MINIMAL;
    }

    public static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
