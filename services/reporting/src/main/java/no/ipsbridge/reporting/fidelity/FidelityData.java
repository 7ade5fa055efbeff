package no.ipsbridge.reporting.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.ipsbridge.reporting.outcomes.Quarter;
import no.ipsbridge.reporting.readmodel.CaseloadSpell;
import no.ipsbridge.reporting.readmodel.ReportedActivity;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedCounselling;
import no.ipsbridge.reporting.readmodel.ReportedEmployerContact;
import no.ipsbridge.reporting.readmodel.ReportedFollowAlong;
import no.ipsbridge.reporting.readmodel.ReportedJob;
import no.ipsbridge.reporting.readmodel.ReportedJobChange;
import no.ipsbridge.reporting.readmodel.ReportedMeeting;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;
import no.ipsbridge.reporting.readmodel.TeamAttachment;

/**
 * What the computed items of one report read: the period, the specialists reported on, the group's own clients
 * (a unit's), and the facts around them.
 *
 * @param asOf          the day the figures stand on: the period's last day, or today while the period runs
 * @param groupClients  the clients the group-level client items count (the unit's clients)
 * @param clients       every client named below, by id, including other units' clients on the same caseloads
 * @param spells        every caseload stay of the specialists
 * @param attachments   every team attachment of the specialists
 * @param meetingTeams  the teams whose meeting weeks item 5 counts (a team report counts its own only)
 */
public record FidelityData(Quarter period, LocalDate asOf, List<ReportedSpecialist> specialists, Set<UUID> groupClients,
        Map<UUID, ReportedClient> clients, List<CaseloadSpell> spells, List<TeamAttachment> attachments,
        Set<UUID> meetingTeams, List<ReportedMeeting> meetings, List<ReportedActivity> activities,
        List<ReportedEmployerContact> employerContacts, List<ReportedJob> jobs,
        List<ReportedFollowAlong> followAlong, List<ReportedCounselling> counselling,
        List<ReportedJobChange> jobChanges) {

    /** The last day counted: the period's, or today's while the period runs. */
    public LocalDate last() {
        return asOf;
    }

    /** The twelve months up to the period's last day, for items the scale reads over a year. */
    public boolean inYearTo(LocalDate day) {
        return day != null && day.isAfter(last().minusYears(1)) && !day.isAfter(last());
    }

    /** Whether the client was on the specialist's caseload on the day. */
    public boolean served(String specialistId, UUID clientId, LocalDate day) {
        return spells.stream().anyMatch(spell -> spell.specialistId.equals(specialistId)
                && spell.clientId.equals(clientId) && spell.covers(day));
    }

    public List<UUID> caseloadOn(String specialistId, LocalDate day) {
        return spells.stream().filter(spell -> spell.specialistId.equals(specialistId) && spell.covers(day))
                .map(spell -> spell.clientId).distinct().toList();
    }
}
