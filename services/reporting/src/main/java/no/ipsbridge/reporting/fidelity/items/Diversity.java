package no.ipsbridge.reporting.fidelity.items;

import java.util.List;
import java.util.function.Function;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/**
 * Items 19 and 20 share their arithmetic: distinct kinds over every job started in the year to asOf — 85 % or more
 * 5, 70–84 % 4, 60–69 % 3, 50–59 % 2, less 1 — for the group's clients, and per specialist over the jobs of clients
 * on their caseload on the day the job started.
 */
abstract class Diversity implements ComputedRule {

    record Counts(int jobStarts, long distinct) {
    }

    /** What makes two jobs the same kind; a job whose kind is unknown is a kind of its own. */
    abstract Function<ReportedJob, Object> kind();

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data.jobStartsServedBy(specialist.specialistId),
                kind()));
        return new ComputedItem(item(), measure(data.groupJobStarts(), kind()), each);
    }

    static Measured measure(List<ReportedJob> jobs, Function<ReportedJob, Object> kind) {
        long distinct = jobs.stream().map(job -> {
            Object known = kind.apply(job);
            return known == null ? job.jobId : known;
        }).distinct().count();
        var numbers = Numbers.of(new Counts(jobs.size(), distinct));
        if (jobs.isEmpty()) {
            return new Measured(null, null, numbers, 0);
        }
        double share = (double) distinct / jobs.size();
        return new Measured(share, score(share), numbers, jobs.size());
    }

    static int score(double share) {
        return Scale.atLeast(share, 0.85, 0.70, 0.60, 0.50);
    }
}
