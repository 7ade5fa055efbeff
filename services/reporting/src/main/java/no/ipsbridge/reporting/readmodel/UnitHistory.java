package no.ipsbridge.reporting.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hibernate.StatelessSession;

/**
 * A unit's clients with their jobs and education, read once for every figure of a report, through a stateless
 * session so that a region's hundred thousand rows are not also tracked for changes. The unit's clients stay a
 * subquery in the database: a list of their ids would pass PostgreSQL's limit of 65,535 parameters.
 */
public final class UnitHistory {

    private static final String UNITS_CLIENTS = "(select c.clientId from ReportedClient c "
            + "where c.healthTrust = :unit or c.navOffice = :unit)";

    private final List<ReportedClient> clients;
    private final Map<UUID, List<ReportedJob>> jobs;
    private final Map<UUID, List<ReportedEducation>> education;

    private UnitHistory(List<ReportedClient> clients, List<ReportedJob> jobs, List<ReportedEducation> education) {
        this.clients = clients;
        this.jobs = jobs.stream().collect(Collectors.groupingBy(job -> job.clientId));
        this.education = education.stream().collect(Collectors.groupingBy(started -> started.clientId));
    }

    public static UnitHistory of(StatelessSession db, String unit) {
        return new UnitHistory(
                db.createSelectionQuery("from ReportedClient c where c.healthTrust = :unit or c.navOffice = :unit",
                        ReportedClient.class).setParameter("unit", unit).getResultList(),
                db.createSelectionQuery("from ReportedJob j where j.clientId in " + UNITS_CLIENTS, ReportedJob.class)
                        .setParameter("unit", unit).getResultList(),
                db.createSelectionQuery("from ReportedEducation e where e.clientId in " + UNITS_CLIENTS,
                        ReportedEducation.class).setParameter("unit", unit).getResultList());
    }

    public List<ReportedClient> clients() {
        return clients;
    }

    public List<ReportedJob> jobsOf(Collection<ReportedClient> someClients) {
        return someClients.stream().flatMap(client -> jobs.getOrDefault(client.clientId, List.of()).stream())
                .toList();
    }

    public List<ReportedEducation> educationOf(Collection<ReportedClient> someClients) {
        return someClients.stream()
                .flatMap(client -> education.getOrDefault(client.clientId, List.of()).stream()).toList();
    }
}
