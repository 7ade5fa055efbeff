package no.ipsbridge.placements.navreport;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.placements.benefits.BenefitsCounselling;
import no.ipsbridge.placements.clients.KnownClient;
import no.ipsbridge.placements.contact.EmployerContact;
import no.ipsbridge.placements.employer.Employer;
import no.ipsbridge.placements.followalong.FollowAlongContact;
import no.ipsbridge.placements.job.Job;

/** Gathers what was recorded for one client over a period: the figures of a report to NAV. */
@ApplicationScoped
public class ReportFacts {

    private final EntityManager entityManager;

    ReportFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param withWorkplaces false for a client with a protected address: no employer is named */
    public ReportFigures of(KnownClient client, LocalDate from, LocalDate to, boolean withWorkplaces) {
        UUID clientId = client.clientId;
        Map<ActivityKind, Integer> minutesByKind = new EnumMap<>(ActivityKind.class);
        @SuppressWarnings("unchecked")
        List<Object[]> activities = entityManager.createNativeQuery("""
                select kind, count(*), sum(minutes) from client_activity
                where client_id = ?1 and performed_on between ?2 and ?3 group by kind""")
                .setParameter(1, clientId).setParameter(2, from).setParameter(3, to).getResultList();
        int activityCount = 0;
        for (Object[] row : activities) {
            minutesByKind.put(ActivityKind.valueOf((String) row[0]), ((Number) row[2]).intValue());
            activityCount += ((Number) row[1]).intValue();
        }

        List<EmployerContact> contacts = EmployerContact.list(
                "contactedOn between ?1 and ?2 and array_contains(clientIds, ?3) order by contactedOn", from, to,
                clientId);
        List<Job> jobs = Job.list("clientId = ?1 and startedOn <= ?2 and (endedOn is null or endedOn >= ?3) "
                + "order by startedOn", clientId, to, from);
        Function<UUID, String> employerName = employerNames(contacts, jobs, withWorkplaces);
        List<String> employersContacted = withWorkplaces
                ? contacts.stream().map(contact -> employerName.apply(contact.employerId)).filter(Objects::nonNull)
                        .distinct().toList()
                : List.of();

        List<ReportFigures.JobLine> started = jobs.stream().filter(job -> !job.startedOn.isBefore(from))
                .map(job -> line(job, employerName)).toList();
        List<ReportFigures.JobLine> ended = jobs.stream()
                .filter(job -> job.endedOn != null && !job.endedOn.isAfter(to)).map(job -> line(job, employerName))
                .toList();
        List<ReportFigures.JobLine> atEnd = jobs.stream()
                .filter(job -> job.endedOn == null || job.endedOn.isAfter(to)).map(job -> line(job, employerName))
                .toList();
        long followAlong = FollowAlongContact.count("clientId = ?1 and contactedOn between ?2 and ?3", clientId, from,
                to);
        long counselling = BenefitsCounselling.count("clientId = ?1 and givenOn between ?2 and ?3", clientId, from,
                to);
        // A client discharged while working (working without support) is still working.
        return new ReportFigures(client.status, !atEnd.isEmpty(),
                activityCount, minutesByKind, contacts.size(),
                (int) contacts.stream().filter(contact -> contact.faceToFace).count(), employersContacted, started,
                ended, atEnd, (int) followAlong, (int) counselling, !withWorkplaces);
    }

    private static Function<UUID, String> employerNames(List<EmployerContact> contacts, List<Job> jobs,
            boolean withWorkplaces) {
        if (!withWorkplaces) {
            return id -> null;
        }
        List<UUID> ids = Stream.concat(contacts.stream().map(contact -> contact.employerId),
                jobs.stream().map(job -> job.employerId)).filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> names = ids.isEmpty() ? Map.of()
                : Employer.<Employer>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(employer -> employer.id, employer -> employer.name));
        return names::get;
    }

    private static ReportFigures.JobLine line(Job job, Function<UUID, String> employerName) {
        return new ReportFigures.JobLine(job.title, employerName.apply(job.employerId), job.startedOn, job.endedOn,
                job.hoursPerWeek, job.competitive, job.endReason);
    }
}
