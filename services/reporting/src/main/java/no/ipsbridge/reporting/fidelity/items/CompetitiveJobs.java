package no.ipsbridge.reporting.fidelity.items;

import java.util.List;
import java.util.function.Predicate;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/**
 * Item 21 (Services 10): the share of jobs held on asOf that are competitive — 95 % or more 5, 85–94 % 4, 75–84 % 3,
 * 64–74 % 2, less 1. The scale's "fewer than 10 current jobs" gives a 1 in some copies; it is shown, not applied.
 */
public final class CompetitiveJobs implements ComputedRule {

    record Counts(int currentJobs, long competitive, long competitiveAndPermanent, boolean fewerThanTenCurrentJobs) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.COMPETITIVE_JOBS;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(current(data,
                data.jobsOfClientsOf(specialist.specialistId),
                job -> data.served(specialist.specialistId, job.clientId, data.last()))));
        return new ComputedItem(item(), measure(current(data, data.jobs(),
                job -> data.groupClients().contains(job.clientId))), each);
    }

    private static List<ReportedJob> current(FidelityData data, List<ReportedJob> candidates,
            Predicate<ReportedJob> whose) {
        return candidates.stream().filter(job -> !job.startedOn.isAfter(data.last()))
                .filter(job -> job.endedOn == null || job.endedOn.isAfter(data.last())).filter(whose).toList();
    }

    static Measured measure(List<ReportedJob> current) {
        long competitive = current.stream().filter(job -> job.competitive).count();
        long permanent = current.stream().filter(job -> job.competitive && job.permanent).count();
        var numbers = Numbers.of(new Counts(current.size(), competitive, permanent, current.size() < 10));
        if (current.isEmpty()) {
            return new Measured(null, null, numbers, 0);
        }
        double share = (double) competitive / current.size();
        return new Measured(share, score(share), numbers, current.size());
    }

    static int score(double share) {
        return Scale.atLeast(share, 0.95, 0.85, 0.75, 0.64);
    }
}
