package no.ipsbridge.reporting.fidelity.items;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedJob;
import no.ipsbridge.reporting.readmodel.ReportedJobChange;

/**
 * Item 12 (Services 1), in part: the share of job starts and changes of hours or pay in the year to asOf that had
 * benefits counselling before them — for a start, at any time from the client's enrolment to the start; for a
 * change, after the client's previous start or change and up to this one, so counselling before a start does not
 * cover a later change. The reviewers score the item (who counsels, how comprehensively).
 */
public final class WorkIncentives implements ComputedRule {

    record Counts(int jobStarts, int jobChanges, long startsCounselled, long changesCounselled,
            long counselledBefore) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.WORK_INCENTIVES;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data,
                data.jobStartsServedBy(specialist.specialistId),
                data.jobChangesOfClientsOf(specialist.specialistId).stream()
                        .filter(change -> data.served(specialist.specialistId, change.clientId, change.changedOn))));
        return new ComputedItem(item(), measure(data, data.groupJobStarts(),
                data.jobChanges().stream().filter(change -> data.groupClients().contains(change.clientId))), each);
    }

    private static Measured measure(FidelityData data, List<ReportedJob> starts,
            Stream<ReportedJobChange> changesCounted) {
        List<ReportedJobChange> changes = changesCounted.filter(c -> data.inYearTo(c.changedOn)).toList();
        long startsCounselled = starts.stream().filter(job -> counselled(data, job.clientId,
                enrolledOn(data, job.clientId).orElse(LocalDate.MIN), true, job.startedOn)).count();
        long changesCounselled = changes.stream().filter(change -> counselled(data, change.clientId,
                previousStartOrChange(data, change).orElse(LocalDate.MIN), false, change.changedOn)).count();
        int moments = starts.size() + changes.size();
        Double share = moments == 0 ? null : (double) (startsCounselled + changesCounselled) / moments;
        return new Measured(share, null, Numbers.of(new Counts(starts.size(), changes.size(), startsCounselled,
                changesCounselled, startsCounselled + changesCounselled)), moments);
    }

    private static Optional<LocalDate> enrolledOn(FidelityData data, UUID clientId) {
        return Optional.ofNullable(data.clients().get(clientId)).map((ReportedClient c) -> c.enrolledOn);
    }

    /** The client's last start or change before this change (a change on the same day as a start follows it). */
    private static Optional<LocalDate> previousStartOrChange(FidelityData data, ReportedJobChange change) {
        return Stream.concat(
                        data.jobsOf(change.clientId).stream().map(j -> j.startedOn)
                                .filter(day -> !day.isAfter(change.changedOn)),
                        data.jobChangesOf(change.clientId).stream()
                                .filter(c -> c.changedOn.isBefore(change.changedOn)).map(c -> c.changedOn))
                .max(LocalDate::compareTo);
    }

    /** Counselling from {@code from} (included or not) up to and including {@code to}. */
    static boolean counselled(FidelityData data, UUID clientId, LocalDate from, boolean fromIncluded, LocalDate to) {
        return data.counsellingOf(clientId).stream().anyMatch(c -> !c.givenOn.isAfter(to)
                && (fromIncluded ? !c.givenOn.isBefore(from) : c.givenOn.isAfter(from)));
    }
}
