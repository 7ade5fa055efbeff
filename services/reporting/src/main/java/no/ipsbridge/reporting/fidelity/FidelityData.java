package no.ipsbridge.reporting.fidelity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import no.ipsbridge.reporting.outcomes.Quarter;
import no.ipsbridge.reporting.readmodel.CareerProfileUpdate;
import no.ipsbridge.reporting.readmodel.CaseloadSpell;
import no.ipsbridge.reporting.readmodel.MeetingAttendance;
import no.ipsbridge.reporting.readmodel.ReportedActivity;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedCounselling;
import no.ipsbridge.reporting.readmodel.ReportedEmployerContact;
import no.ipsbridge.reporting.readmodel.ReportedFollowAlong;
import no.ipsbridge.reporting.readmodel.ReportedJob;
import no.ipsbridge.reporting.readmodel.ReportedJobChange;
import no.ipsbridge.reporting.readmodel.ReportedMeeting;
import no.ipsbridge.reporting.readmodel.ReportedNavContact;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;
import no.ipsbridge.reporting.readmodel.TeamAttachment;
import no.ipsbridge.reporting.readmodel.WorkingFractionPeriod;

/**
 * What the computed items of one report read: the period, the specialists reported on, the group's own clients
 * (a unit's or a team's), and the facts around them, each dated the day it took effect.
 * <p>
 * The facts are looked up by client and by specialist: a region's unit asks about tens of thousands of jobs and
 * clients, and a scan of every list for each of them took minutes.
 */
public final class FidelityData {

    private final Quarter period;
    private final LocalDate asOf;
    private final List<ReportedSpecialist> specialists;
    private final Set<UUID> groupClients;
    private final Map<UUID, ReportedClient> clients;
    private final List<TeamAttachment> attachments;
    private final Set<UUID> meetingTeams;
    private final List<ReportedMeeting> meetings;
    private final List<ReportedJob> jobs;
    private final List<ReportedJobChange> jobChanges;

    private final Map<String, List<ReportedClient>> clientsByEnroller;
    private final Map<String, List<CaseloadSpell>> spellsBySpecialist;
    private final Map<String, Map<UUID, List<CaseloadSpell>>> spellsBySpecialistAndClient;
    private final Map<String, List<TeamAttachment>> attachmentsBySpecialist;
    private final Map<UUID, Set<String>> attendeesByMeeting;
    private final Map<String, List<ReportedActivity>> activitiesBySpecialist;
    private final Map<String, List<ReportedEmployerContact>> employerContactsBySpecialist;
    private final Map<UUID, List<ReportedEmployerContact>> employerContactsByClient;
    private final Map<UUID, List<ReportedJob>> jobsByClient;
    private final Map<UUID, List<ReportedJobChange>> jobChangesByClient;
    private final Map<UUID, List<ReportedFollowAlong>> followAlongByClient;
    private final Map<UUID, List<ReportedCounselling>> counsellingByClient;
    private final Map<String, List<WorkingFractionPeriod>> fractionsBySpecialist;
    private final Map<String, List<ReportedNavContact>> navContactsBySpecialist;
    private final Map<UUID, List<CareerProfileUpdate>> profilesByClient;

    /**
     * @param asOf          the day the figures stand on: the period's last day, or today while the period runs
     * @param groupClients  the clients the group-level client items count (the unit's or the team's clients)
     * @param clients       the clients named below, by id, including other units' clients on the same caseloads
     * @param spells        the specialists' caseload stays
     * @param attachments   the specialists' team attachments
     * @param meetingTeams  the teams whose meeting weeks item 5 counts (a team report counts its own only)
     * @param attendance    who of the staff was at which meeting (meetings recorded with their attendees)
     * @param fractions     every working fraction of the specialists, from the day it took effect
     * @param profiles      the clients' career profile updates, each on the day it took effect
     */
    public FidelityData(Quarter period, LocalDate asOf, List<ReportedSpecialist> specialists, Set<UUID> groupClients,
            Map<UUID, ReportedClient> clients, List<CaseloadSpell> spells, List<TeamAttachment> attachments,
            Set<UUID> meetingTeams, List<ReportedMeeting> meetings, List<MeetingAttendance> attendance,
            List<ReportedActivity> activities, List<ReportedEmployerContact> employerContacts, List<ReportedJob> jobs,
            List<ReportedFollowAlong> followAlong, List<ReportedCounselling> counselling,
            List<ReportedJobChange> jobChanges, List<WorkingFractionPeriod> fractions,
            List<ReportedNavContact> navContacts, List<CareerProfileUpdate> profiles) {
        this.period = period;
        this.asOf = asOf;
        this.specialists = specialists;
        this.groupClients = groupClients;
        this.clients = clients;
        this.attachments = attachments;
        this.meetingTeams = meetingTeams;
        this.meetings = meetings;
        this.jobs = jobs;
        this.jobChanges = jobChanges;
        this.clientsByEnroller = by(clients.values().stream().filter(c -> c.enrolledBy != null).toList(),
                c -> c.enrolledBy);
        this.spellsBySpecialist = by(spells, spell -> spell.specialistId);
        this.spellsBySpecialistAndClient = new HashMap<>();
        spellsBySpecialist.forEach((specialist, theirs) -> spellsBySpecialistAndClient.put(specialist,
                by(theirs, spell -> spell.clientId)));
        this.attachmentsBySpecialist = by(attachments, a -> a.specialistId);
        this.attendeesByMeeting = new HashMap<>();
        attendance.forEach(a -> attendeesByMeeting.computeIfAbsent(a.meetingId, id -> new LinkedHashSet<>())
                .add(a.attendeeId));
        this.activitiesBySpecialist = by(activities, a -> a.specialistId);
        this.employerContactsBySpecialist = by(employerContacts, c -> c.specialistId);
        this.employerContactsByClient = new HashMap<>();
        employerContacts.forEach(contact -> contact.clientIds.forEach(clientId -> employerContactsByClient
                .computeIfAbsent(clientId, id -> new ArrayList<>()).add(contact)));
        this.jobsByClient = by(jobs, job -> job.clientId);
        this.jobChangesByClient = by(jobChanges, change -> change.clientId);
        this.followAlongByClient = by(followAlong, contact -> contact.clientId);
        this.counsellingByClient = by(counselling, given -> given.clientId);
        this.fractionsBySpecialist = by(fractions, f -> f.specialistId);
        this.navContactsBySpecialist = by(navContacts, c -> c.specialistId);
        this.profilesByClient = by(profiles, p -> p.clientId);
    }

    private static <K, T> Map<K, List<T>> by(Collection<T> facts, Function<T, K> key) {
        Map<K, List<T>> index = new HashMap<>();
        facts.forEach(fact -> index.computeIfAbsent(key.apply(fact), k -> new ArrayList<>()).add(fact));
        return index;
    }

    public Quarter period() {
        return period;
    }

    /** The last day counted: the period's, or today's while the period runs. */
    public LocalDate last() {
        return asOf;
    }

    public List<ReportedSpecialist> specialists() {
        return specialists;
    }

    public Set<UUID> groupClients() {
        return groupClients;
    }

    public Map<UUID, ReportedClient> clients() {
        return clients;
    }

    /** The group's own clients among those looked up (items 14 and 15 read their enrolment). */
    public List<ReportedClient> groupClientsLookedUp() {
        return groupClients.stream().map(clients::get).filter(Objects::nonNull).toList();
    }

    /** The clients the specialist enrolled, whoever serves them now. */
    public List<ReportedClient> clientsEnrolledBy(String specialistId) {
        return clientsByEnroller.getOrDefault(specialistId, List.of());
    }

    public List<TeamAttachment> attachments() {
        return attachments;
    }

    public List<TeamAttachment> attachmentsOf(String specialistId) {
        return attachmentsBySpecialist.getOrDefault(specialistId, List.of());
    }

    public Set<UUID> meetingTeams() {
        return meetingTeams;
    }

    public List<ReportedMeeting> meetings() {
        return meetings;
    }

    public List<ReportedActivity> activitiesOf(String specialistId) {
        return activitiesBySpecialist.getOrDefault(specialistId, List.of());
    }

    public List<ReportedEmployerContact> employerContactsBy(String specialistId) {
        return employerContactsBySpecialist.getOrDefault(specialistId, List.of());
    }

    /** The employer contacts the client was part of. */
    public List<ReportedEmployerContact> employerContactsWith(UUID clientId) {
        return employerContactsByClient.getOrDefault(clientId, List.of());
    }

    public List<ReportedJob> jobs() {
        return jobs;
    }

    public List<ReportedJob> jobsOf(UUID clientId) {
        return jobsByClient.getOrDefault(clientId, List.of());
    }

    /** The jobs of every client the specialist has had on their caseload (on any day; ask {@link #served}). */
    public List<ReportedJob> jobsOfClientsOf(String specialistId) {
        return clientsEverServedBy(specialistId).stream().flatMap(client -> jobsOf(client).stream()).toList();
    }

    /** The job changes of every client the specialist has had on their caseload (on any day). */
    public List<ReportedJobChange> jobChangesOfClientsOf(String specialistId) {
        return clientsEverServedBy(specialistId).stream().flatMap(client -> jobChangesOf(client).stream()).toList();
    }

    /** The jobs the group's clients started in the year to asOf. */
    public List<ReportedJob> groupJobStarts() {
        return jobs.stream().filter(job -> inYearTo(job.startedOn) && groupClients.contains(job.clientId)).toList();
    }

    /** The jobs started in the year to asOf by clients on the specialist's caseload on the day they started. */
    public List<ReportedJob> jobStartsServedBy(String specialistId) {
        return jobsOfClientsOf(specialistId).stream().filter(job -> inYearTo(job.startedOn)
                && served(specialistId, job.clientId, job.startedOn)).toList();
    }

    private Set<UUID> clientsEverServedBy(String specialistId) {
        return spellsBySpecialistAndClient.getOrDefault(specialistId, Map.of()).keySet();
    }

    public List<ReportedJobChange> jobChanges() {
        return jobChanges;
    }

    public List<ReportedJobChange> jobChangesOf(UUID clientId) {
        return jobChangesByClient.getOrDefault(clientId, List.of());
    }

    public List<ReportedFollowAlong> followAlongWith(UUID clientId) {
        return followAlongByClient.getOrDefault(clientId, List.of());
    }

    public List<ReportedCounselling> counsellingOf(UUID clientId) {
        return counsellingByClient.getOrDefault(clientId, List.of());
    }

    public List<ReportedNavContact> navContactsOf(String specialistId) {
        return navContactsBySpecialist.getOrDefault(specialistId, List.of());
    }

    public List<CareerProfileUpdate> profilesOf(UUID clientId) {
        return profilesByClient.getOrDefault(clientId, List.of());
    }

    /** The period's days up to asOf. */
    public Window counted() {
        return new Window(period.first(), asOf);
    }

    public Window quarter() {
        return new Window(period.first(), period.last());
    }

    /** The twelve months up to the period's last day, for items the scale reads over a year. */
    public boolean inYearTo(LocalDate day) {
        return day != null && day.isAfter(last().minusYears(1)) && !day.isAfter(last());
    }

    /** Whether the client was on the specialist's caseload on the day. */
    public boolean served(String specialistId, UUID clientId, LocalDate day) {
        return spellsBySpecialistAndClient.getOrDefault(specialistId, Map.of()).getOrDefault(clientId, List.of())
                .stream().anyMatch(spell -> spell.covers(day));
    }

    public List<UUID> caseloadOn(String specialistId, LocalDate day) {
        return spellsBySpecialist.getOrDefault(specialistId, List.of()).stream().filter(spell -> spell.covers(day))
                .map(spell -> spell.clientId).distinct().toList();
    }

    /**
     * The specialist's share of a full-time post on the day, from their dated history; before their first dated
     * fraction (a specialist not yet started), zero.
     */
    public BigDecimal fractionOn(ReportedSpecialist specialist, LocalDate day) {
        List<WorkingFractionPeriod> theirs = fractionsBySpecialist.getOrDefault(specialist.specialistId, List.of());
        return theirs.stream().filter(f -> !f.fromOn.isAfter(day)).max(Comparator.comparing(f -> f.fromOn))
                .map(f -> f.workingFraction)
                .orElse(theirs.isEmpty() ? specialist.workingFraction : BigDecimal.ZERO);
    }

    /** The specialist's mean share of a full-time post over the days of the windows. */
    public double meanFraction(ReportedSpecialist specialist, List<Window> windows) {
        long days = windows.stream().mapToLong(Window::days).sum();
        if (days == 0) {
            return 0;
        }
        double sum = 0;
        for (Window window : windows) {
            for (LocalDate day = window.first(); !day.isAfter(window.last()); day = day.plusDays(1)) {
                sum += fractionOn(specialist, day).doubleValue();
            }
        }
        return sum / days;
    }

    /**
     * Whether the specialist was among those present at the meeting; for a meeting recorded before the attendees were
     * published (meeting-held.v1 only), whether an attached specialist was.
     */
    public boolean attended(ReportedMeeting meeting, String specialistId) {
        Set<String> attendees = attendeesByMeeting.get(meeting.meetingId);
        return attendees != null ? attendees.contains(specialistId) : meeting.specialistAttended;
    }
}
