package no.ipsbridge.reporting.fidelity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

import no.ipsbridge.events.IpsCalendar;

import no.ipsbridge.reporting.fidelity.FidelityItem.ScoredBy;
import no.ipsbridge.reporting.outcomes.Quarter;
import no.ipsbridge.reporting.readmodel.InChunks;
import no.ipsbridge.reporting.readmodel.CareerProfileUpdate;
import no.ipsbridge.reporting.readmodel.CaseloadSpell;
import no.ipsbridge.reporting.readmodel.ReportedActivity;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedCounselling;
import no.ipsbridge.reporting.readmodel.ReportedEmployerContact;
import no.ipsbridge.reporting.readmodel.ReportedFollowAlong;
import no.ipsbridge.reporting.readmodel.ReportedJob;
import no.ipsbridge.reporting.readmodel.ReportedJobChange;
import no.ipsbridge.reporting.readmodel.MeetingAttendance;
import no.ipsbridge.reporting.readmodel.ReportedMeeting;
import no.ipsbridge.reporting.readmodel.ReportedNavContact;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;
import no.ipsbridge.reporting.readmodel.ReportedTeam;
import no.ipsbridge.reporting.readmodel.TeamAttachment;
import no.ipsbridge.reporting.readmodel.WorkingFractionPeriod;
import no.ipsbridge.reporting.units.ReportCapacity;
import no.ipsbridge.rest.ProblemException;

/**
 * Gathers a unit's (or one of its teams') facts from the read model and computes the fidelity items over them.
 * The specialists reported on are those of the unit's organisation and those serving its clients in the period.
 */
@ApplicationScoped
public class FidelityReports {

    /** The computed figures of one report, with the items the reviewers alone score listed beside them. */
    public record Computed(String unit, Quarter period, LocalDate asOf, UUID team, List<ComputedItem> items) {

        public Optional<ComputedItem> item(FidelityItem item) {
            return items.stream().filter(computed -> computed.item() == item).findFirst();
        }

        /** The score IPS Bridge proposes for the item, if it proposes one. */
        public Integer proposedScore(FidelityItem item) {
            return item.scoredBy() == ScoredBy.REVIEWER ? null
                    : item(item).map(computed -> computed.group().score()).orElse(null);
        }
    }

    private final StatelessSession db;
    private final ReportCapacity capacity;

    FidelityReports(StatelessSession db, ReportCapacity capacity) {
        this.db = db;
        this.capacity = capacity;
    }

    public Computed compute(String unit, Quarter period, UUID team) {
        return capacity.compute(() -> computeNow(unit, period, team));
    }

    private Computed computeNow(String unit, Quarter period, UUID team) {
        LocalDate today = IpsCalendar.today();
        LocalDate asOf = period.last().isAfter(today) ? today : period.last();
        Set<String> specialistIds = new HashSet<>();
        ReportedSpecialist.<ReportedSpecialist> list("org", unit).forEach(s -> specialistIds.add(s.specialistId));
        specialistIds.addAll(db.createSelectionQuery("""
                        select distinct s.specialistId from CaseloadSpell s
                        where s.clientId in (select c.clientId from ReportedClient c
                                             where c.healthTrust = :unit or c.navOffice = :unit)
                          and s.fromOn <= :last and (s.toOn is null or s.toOn > :first)""", String.class)
                .setParameter("unit", unit).setParameter("last", period.last()).setParameter("first", period.first())
                .getResultList());
        List<ReportedSpecialist> specialists = specialistIds.isEmpty() ? List.of()
                : ReportedSpecialist.list("specialistId in ?1 order by specialistId", specialistIds);
        List<TeamAttachment> attachments = specialistIds.isEmpty() ? List.of()
                : TeamAttachment.list("specialistId in ?1", specialistIds);

        Set<UUID> meetingTeams;
        if (team != null) {
            ReportedTeam reported = ReportedTeam.findById(team);
            boolean unitsTeam = reported != null && (reported.healthTrust.equals(unit)
                    || attachments.stream().anyMatch(a -> a.teamId.equals(team)));
            if (!unitsTeam) {
                throw ProblemException.notFound("Team " + team + " of unit " + unit);
            }
            Set<String> attachedToTeam = attachments.stream()
                    .filter(a -> a.teamId.equals(team) && a.overlaps(period.first(), period.last()))
                    .map(a -> a.specialistId).collect(Collectors.toSet());
            specialists = specialists.stream().filter(s -> attachedToTeam.contains(s.specialistId)).toList();
            attachments = attachments.stream().filter(a -> attachedToTeam.contains(a.specialistId)).toList();
            meetingTeams = Set.of(team);
        } else {
            meetingTeams = attachments.stream().map(a -> a.teamId).collect(Collectors.toSet());
        }
        Set<String> reported = specialists.stream().map(s -> s.specialistId).collect(Collectors.toSet());

        Facts facts = new Facts(unit, team, reported, period, asOf);
        Set<UUID> groupClients = new HashSet<>(facts.list(
                "select gc.clientId from ReportedClient gc where :group", UUID.class));
        Map<UUID, ReportedClient> clients = new HashMap<>();
        facts.list("from ReportedClient c where " + Facts.CLIENTS_LOOKED_UP, ReportedClient.class)
                .forEach(client -> clients.put(client.clientId, client));

        List<ReportedMeeting> meetings = ReportedMeeting.list("teamId in ?1 and heldOn between ?2 and ?3",
                meetingTeams.isEmpty() ? Set.of(new UUID(0, 0)) : meetingTeams, period.first().minusDays(6),
                period.last());
        List<MeetingAttendance> attendance = meetings.isEmpty() ? List.of()
                : InChunks.query(meetings.stream().map(m -> m.meetingId).toList(),
                        ids -> MeetingAttendance.<MeetingAttendance> list("meetingId in ?1", ids));
        List<ReportedActivity> activities = reported.isEmpty() ? List.of()
                : ReportedActivity.list("specialistId in ?1 and onDay between ?2 and ?3", reported, period.first(),
                        period.last());
        List<WorkingFractionPeriod> fractions = reported.isEmpty() ? List.of()
                : WorkingFractionPeriod.list("specialistId in ?1", reported);
        List<ReportedNavContact> navContacts = reported.isEmpty() ? List.of()
                : ReportedNavContact.list("specialistId in ?1 and contactedOn between ?2 and ?3", reported,
                        period.first().minusDays(6), period.last());

        FidelityData data = new FidelityData(period, asOf, specialists, groupClients, clients,
                facts.list("from CaseloadSpell ss where " + Facts.SERVING, CaseloadSpell.class),
                attachments, meetingTeams, meetings, attendance, activities,
                facts.list(Facts.EMPLOYER_CONTACTS, ReportedEmployerContact.class),
                facts.list("from ReportedJob x where " + Facts.RELEVANT + " and " + Facts.JOBS_HELD,
                        ReportedJob.class),
                facts.list("from ReportedFollowAlong x where " + Facts.RELEVANT + " and " + Facts.FOLLOW_ALONG,
                        ReportedFollowAlong.class),
                facts.list("from ReportedCounselling x where " + Facts.RELEVANT + " and " + Facts.COUNSELLING,
                        ReportedCounselling.class),
                facts.list("from ReportedJobChange x where " + Facts.RELEVANT + " and " + Facts.JOB_CHANGES,
                        ReportedJobChange.class),
                fractions, navContacts,
                facts.list("from CareerProfileUpdate x where " + Facts.PROFILES, CareerProfileUpdate.class));
        return new Computed(unit, period, asOf, team, ComputedItems.of(data));
    }

    /**
     * The facts of one report asked of the database as a few queries over the windows the items read, with the
     * group's clients and the caseloads served kept in the database as subqueries: a region's unit holds over a
     * hundred thousand clients, whose every fact would not fit in the service's memory. Read through a stateless
     * session, so the rows are not tracked for changes.
     */
    private final class Facts {

        /** The group's clients: {@code :group} is the unit's, or its team's, condition on {@code gc}. */
        static final String GROUP = "(select gc.clientId from ReportedClient gc where :group)";
        /** The reported specialists' caseload stays that touch the year the items read. */
        static final String SERVING = "ss.specialistId in :reported and ss.fromOn <= :last "
                + "and (ss.toOn is null or ss.toOn > :since)";
        /** A fact about a client of the group or on a reported caseload in the year (its alias is {@code x}). */
        static final String RELEVANT = "(x.clientId in " + GROUP + " or x.clientId in "
                + "(select ss.clientId from CaseloadSpell ss where " + SERVING + "))";
        static final String STARTED_IN_YEAR = "(select sj.clientId from ReportedJob sj "
                + "where sj.startedOn > :since and sj.startedOn <= :last)";
        static final String STARTED_OR_ENDED_IN_YEAR = "(select sj.clientId from ReportedJob sj "
                + "where sj.startedOn <= :last and (sj.startedOn > :since or sj.endedOn > :since))";
        static final String CHANGED_IN_YEAR = "(select sy.clientId from ReportedJobChange sy "
                + "where sy.changedOn > :since and sy.changedOn <= :last)";
        /** Clients enrolled in the year by the group or by a reported specialist (items 14 and 15). */
        static final String ENROLLED_IN_YEAR = "(c.enrolledOn > :since and c.enrolledOn <= :last "
                + "and (c.clientId in " + GROUP + " or c.enrolledBy in :reported))";
        /**
         * The clients the items look up: those enrolled in the year, those on a reported caseload on the last day
         * counted (item 4 reads their team), and those of the group or the caseloads who started a job in the year
         * (item 12 reads their enrolment).
         */
        static final String CLIENTS_LOOKED_UP = ENROLLED_IN_YEAR + " or c.clientId in (select ss.clientId "
                + "from CaseloadSpell ss where ss.specialistId in :reported and ss.fromOn <= :asOf "
                + "and (ss.toOn is null or ss.toOn > :asOf)) or (c.clientId in " + STARTED_IN_YEAR + " and "
                + RELEVANT.replace("x.", "c.") + ")";
        /** Jobs started, held or ended in the year, and every job of a client whose job changed in it. */
        static final String JOBS_HELD = "x.startedOn <= :last and (x.startedOn > :since or x.endedOn is null "
                + "or x.endedOn > :since or x.clientId in " + CHANGED_IN_YEAR + ")";
        static final String JOB_CHANGES = "x.changedOn <= :last and x.clientId in " + CHANGED_IN_YEAR;
        /** Face-to-face follow-along around the jobs started in the year, from the week before the start. */
        static final String FOLLOW_ALONG = "x.faceToFace and x.contactedOn > :since and x.contactedOn <= :last "
                + "and x.clientId in " + STARTED_IN_YEAR;
        /** Counselling before the starts and changes of the year, back to the client's enrolment. */
        static final String COUNSELLING = "x.givenOn <= :last and (x.clientId in " + STARTED_IN_YEAR
                + " or x.clientId in " + CHANGED_IN_YEAR + ")";
        /**
         * The career profiles as they stood at the enrolments, job starts and job ends of the year, and the updates
         * after them (items 14 and 16).
         */
        static final String PROFILES = "x.updatedOn <= :last and x.clientId in (select c.clientId "
                + "from ReportedClient c where " + ENROLLED_IN_YEAR + " or (c.clientId in " + STARTED_OR_ENDED_IN_YEAR
                + " and " + RELEVANT.replace("x.", "c.") + "))";
        /**
         * The reported specialists' contacts in the weeks of the period (item 17), and the face-to-face contacts of
         * the year with a client enrolled in it (item 15).
         */
        static final String EMPLOYER_CONTACTS = "from ReportedEmployerContact e left join fetch e.clientIds "
                + "where e.contactedOn <= :last and ((e.specialistId in :reported "
                + "and e.contactedOn >= :weeksFrom) or (e.faceToFace and e.contactedOn > :since and exists ("
                + "select 1 from ReportedEmployerContact e2 join e2.clientIds k where e2 = e and k in ("
                + "select c.clientId from ReportedClient c where " + ENROLLED_IN_YEAR + "))))";

        private final String unit;
        private final UUID team;
        private final Set<String> reported;
        private final Quarter period;
        private final LocalDate asOf;

        Facts(String unit, UUID team, Set<String> reported, Quarter period, LocalDate asOf) {
            this.unit = unit;
            this.team = team;
            // No specialist has the empty id; an empty list is not a valid parameter.
            this.reported = reported.isEmpty() ? Set.of("") : reported;
            this.period = period;
            this.asOf = asOf;
        }

        /** The group's clients: the unit's, or those of them the team referred. */
        String group(String alias) {
            return "(" + alias + ".healthTrust = :unit or " + alias + ".navOffice = :unit)"
                    + (team == null ? "" : " and " + alias + ".treatmentTeamId = :team");
        }

        <T> List<T> list(String hql, Class<T> type) {
            String query = hql.replace(":group", group("gc"));
            var selection = db.createSelectionQuery(query, type);
            bind(selection, query, "unit", unit);
            bind(selection, query, "team", team);
            bind(selection, query, "reported", reported);
            // A year back from the last day counted, and the week before it, for follow-along before a start.
            bind(selection, query, "since", asOf.minusYears(1).minusDays(7));
            bind(selection, query, "last", period.last());
            bind(selection, query, "asOf", asOf);
            bind(selection, query, "weeksFrom", period.first().minusDays(7));
            return selection.getResultList();
        }

        private static void bind(SelectionQuery<?> query, String hql, String name, Object value) {
            if (hql.matches("(?s).*:" + name + "\\b.*")) {
                if (value instanceof Collection<?> values) {
                    query.setParameterList(name, values);
                } else {
                    query.setParameter(name, value);
                }
            }
        }
    }

    /** The 25 items in scale order, the computed ones with their figures. */
    public static Map<FidelityItem, Optional<ComputedItem>> byItem(Computed computed) {
        Map<FidelityItem, Optional<ComputedItem>> items = new LinkedHashMap<>();
        for (FidelityItem item : FidelityItem.values()) {
            items.put(item, computed.item(item));
        }
        return items;
    }
}
