package no.ipsbridge.reporting.fidelity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

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

    public Computed compute(String unit, Quarter period, UUID team) {
        LocalDate today = IpsCalendar.today();
        LocalDate asOf = period.last().isAfter(today) ? today : period.last();
        Set<UUID> unitClients = ReportedClient.<ReportedClient> list("healthTrust = ?1 or navOffice = ?1", unit)
                .stream().map(client -> client.clientId).collect(Collectors.toSet());
        Set<String> specialistIds = new HashSet<>();
        ReportedSpecialist.<ReportedSpecialist> list("org", unit).forEach(s -> specialistIds.add(s.specialistId));
        InChunks.query(unitClients, ids -> CaseloadSpell.<CaseloadSpell> list(
                "clientId in ?1 and fromOn <= ?2 and (toOn is null or toOn > ?3)", ids, period.last(), period.first()))
                .forEach(spell -> specialistIds.add(spell.specialistId));
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
            // A team's report counts the clients its team referred, not the whole unit's.
            unitClients = ReportedClient.<ReportedClient> list(
                            "(healthTrust = ?1 or navOffice = ?1) and treatmentTeamId = ?2", unit, team)
                    .stream().map(client -> client.clientId).collect(Collectors.toSet());
        } else {
            meetingTeams = attachments.stream().map(a -> a.teamId).collect(Collectors.toSet());
        }
        Set<String> reported = specialists.stream().map(s -> s.specialistId).collect(Collectors.toSet());

        List<CaseloadSpell> spells = reported.isEmpty() ? List.of()
                : CaseloadSpell.list("specialistId in ?1", reported);
        Set<UUID> clientIds = new HashSet<>(unitClients);
        spells.forEach(spell -> clientIds.add(spell.clientId));
        Map<UUID, ReportedClient> clients = InChunks.query(clientIds, ids -> ReportedClient.<ReportedClient> list(
                "clientId in ?1", ids)).stream().collect(Collectors.toMap(c -> c.clientId, c -> c));
        // Enrolments by the reported specialists count for item 15 even when the client has since moved on.
        if (!reported.isEmpty()) {
            ReportedClient.<ReportedClient> list("enrolledBy in ?1", reported)
                    .forEach(client -> clients.putIfAbsent(client.clientId, client));
        }

        List<ReportedMeeting> meetings = ReportedMeeting.list("teamId in ?1 and heldOn between ?2 and ?3",
                meetingTeams.isEmpty() ? Set.of(new UUID(0, 0)) : meetingTeams, period.first().minusDays(6),
                period.last());
        List<ReportedActivity> activities = reported.isEmpty() ? List.of()
                : ReportedActivity.list("specialistId in ?1 and onDay between ?2 and ?3", reported, period.first(),
                        period.last());
        List<ReportedEmployerContact> employerContacts = ReportedEmployerContact.list(
                "contactedOn > ?1 and contactedOn <= ?2", period.last().minusYears(1), period.last());
        List<ReportedJob> jobs = InChunks.query(clients.keySet(), ids -> ReportedJob.<ReportedJob> list(
                "clientId in ?1 and startedOn <= ?2", ids, period.last()));
        List<ReportedFollowAlong> followAlong = InChunks.query(clients.keySet(), ids -> ReportedFollowAlong
                .<ReportedFollowAlong> list("clientId in ?1 and contactedOn > ?2 and contactedOn <= ?3", ids,
                        period.last().minusYears(2), period.last()));

        List<ReportedCounselling> counselling = InChunks.query(clients.keySet(), ids -> ReportedCounselling
                .<ReportedCounselling> list("clientId in ?1 and givenOn <= ?2", ids, period.last()));

        List<ReportedJobChange> jobChanges = InChunks.query(clients.keySet(), ids -> ReportedJobChange
                .<ReportedJobChange> list("clientId in ?1 and changedOn <= ?2", ids, period.last()));

        List<MeetingAttendance> attendance = meetings.isEmpty() ? List.of()
                : InChunks.query(meetings.stream().map(m -> m.meetingId).toList(),
                        ids -> MeetingAttendance.<MeetingAttendance> list("meetingId in ?1", ids));
        List<WorkingFractionPeriod> fractions = reported.isEmpty() ? List.of()
                : WorkingFractionPeriod.list("specialistId in ?1", reported);
        List<ReportedNavContact> navContacts = reported.isEmpty() ? List.of()
                : ReportedNavContact.list("specialistId in ?1 and contactedOn between ?2 and ?3", reported,
                        period.first().minusDays(6), period.last());

        List<CareerProfileUpdate> profiles = InChunks.query(clients.keySet(), ids -> CareerProfileUpdate
                .<CareerProfileUpdate> list("clientId in ?1 and updatedOn <= ?2", ids, period.last()));

        FidelityData data = new FidelityData(period, asOf, specialists, unitClients, clients, spells, attachments,
                meetingTeams, meetings, attendance, activities, employerContacts, jobs, followAlong, counselling,
                jobChanges, fractions, navContacts, profiles);
        return new Computed(unit, period, asOf, team, ComputedItems.of(data));
    }

    /** Runs an {@code in} query over many ids a thousand at a time, as PostgreSQL limits bind parameters. */
    /** The 25 items in scale order, the computed ones with their figures. */
    public static Map<FidelityItem, Optional<ComputedItem>> byItem(Computed computed) {
        Map<FidelityItem, Optional<ComputedItem>> items = new LinkedHashMap<>();
        for (FidelityItem item : FidelityItem.values()) {
            items.put(item, computed.item(item));
        }
        return items;
    }
}
