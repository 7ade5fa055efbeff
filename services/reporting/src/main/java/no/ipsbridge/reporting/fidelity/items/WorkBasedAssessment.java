package no.ipsbridge.reporting.fidelity.items;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/**
 * Item 14 (Services 3), in part: the career profile as an ongoing, work-based assessment — filled in within 30 days of
 * enrolment, and updated within 30 days after each job start and each job end — over clients enrolled and jobs
 * started or ended in the year to asOf whose 30 days have passed. Whether the assessment is work-based and how it is
 * used is for the reviewers, who score the item.
 */
public final class WorkBasedAssessment implements ComputedRule {

    /** How long after enrolment, a start or an end an update still counts for it. */
    static final int DAYS_TO_UPDATE = 30;

    record Counts(int clientsEnrolled, long profileWithin30DaysOfEnrolment, int jobStartsAndEnds,
            long profileUpdatedAfter) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.WORK_BASED_ASSESSMENT;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data,
                data.clientsEnrolledBy(specialist.specialistId), data.jobsOfClientsOf(specialist.specialistId),
                (job, day) -> data.served(specialist.specialistId, job.clientId, day)));
        return new ComputedItem(item(), measure(data, data.groupClientsLookedUp(), data.jobs(),
                (job, day) -> data.groupClients().contains(job.clientId)), each);
    }

    interface JobDayFilter {
        boolean counts(ReportedJob job, LocalDate day);
    }

    private static Measured measure(FidelityData data, List<ReportedClient> clientsCounted, List<ReportedJob> jobs,
            JobDayFilter jobsCounted) {
        List<ReportedClient> enrolled = clientsCounted.stream()
                .filter(c -> data.inYearTo(c.enrolledOn) && due(data, c.enrolledOn)).toList();
        long initial = enrolled.stream().filter(c -> data.profilesOf(c.clientId).stream()
                .anyMatch(p -> !p.updatedOn.isAfter(c.enrolledOn.plusDays(DAYS_TO_UPDATE)))).count();
        record JobDay(UUID clientId, LocalDate day) {
        }
        List<JobDay> experiences = jobs.stream().flatMap(job -> Stream.of(
                        jobsCounted.counts(job, job.startedOn) ? new JobDay(job.clientId, job.startedOn) : null,
                        job.endedOn != null && jobsCounted.counts(job, job.endedOn.minusDays(1))
                                ? new JobDay(job.clientId, job.endedOn) : null))
                .filter(Objects::nonNull).filter(e -> data.inYearTo(e.day()) && due(data, e.day())).toList();
        long updated = experiences.stream().filter(e -> data.profilesOf(e.clientId()).stream()
                .anyMatch(p -> !p.updatedOn.isBefore(e.day())
                        && !p.updatedOn.isAfter(e.day().plusDays(DAYS_TO_UPDATE)))).count();
        int judged = enrolled.size() + experiences.size();
        Double share = judged == 0 ? null : (double) (initial + updated) / judged;
        return new Measured(share, null, Numbers.of(new Counts(enrolled.size(), initial, experiences.size(), updated)),
                judged);
    }

    private static boolean due(FidelityData data, LocalDate day) {
        return !day.plusDays(DAYS_TO_UPDATE).isAfter(data.last());
    }
}
