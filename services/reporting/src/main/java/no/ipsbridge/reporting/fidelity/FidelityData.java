package no.ipsbridge.reporting.fidelity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
 *
 * @param asOf          the day the figures stand on: the period's last day, or today while the period runs
 * @param groupClients  the clients the group-level client items count (the unit's or the team's clients)
 * @param clients       every client named below, by id, including other units' clients on the same caseloads
 * @param spells        every caseload stay of the specialists
 * @param attachments   every team attachment of the specialists
 * @param meetingTeams  the teams whose meeting weeks item 5 counts (a team report counts its own only)
 * @param fractions     every working fraction of the specialists, from the day it took effect
 * @param attendance    who of the staff was at which meeting (meetings recorded with their attendees)
 * @param profiles      the clients' career profile updates, each on the day it took effect
 */
public record FidelityData(Quarter period, LocalDate asOf, List<ReportedSpecialist> specialists, Set<UUID> groupClients,
        Map<UUID, ReportedClient> clients, List<CaseloadSpell> spells, List<TeamAttachment> attachments,
        Set<UUID> meetingTeams, List<ReportedMeeting> meetings, List<MeetingAttendance> attendance,
        List<ReportedActivity> activities, List<ReportedEmployerContact> employerContacts, List<ReportedJob> jobs,
        List<ReportedFollowAlong> followAlong, List<ReportedCounselling> counselling,
        List<ReportedJobChange> jobChanges, List<WorkingFractionPeriod> fractions,
        List<ReportedNavContact> navContacts, List<CareerProfileUpdate> profiles) {

    /** The last day counted: the period's, or today's while the period runs. */
    public LocalDate last() {
        return asOf;
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
        return spells.stream().anyMatch(spell -> spell.specialistId.equals(specialistId)
                && spell.clientId.equals(clientId) && spell.covers(day));
    }

    public List<UUID> caseloadOn(String specialistId, LocalDate day) {
        return spells.stream().filter(spell -> spell.specialistId.equals(specialistId) && spell.covers(day))
                .map(spell -> spell.clientId).distinct().toList();
    }

    /**
     * The specialist's share of a full-time post on the day, from their dated history; before their first dated
     * fraction (a specialist not yet started), zero.
     */
    public BigDecimal fractionOn(ReportedSpecialist specialist, LocalDate day) {
        return fractions.stream().filter(f -> f.specialistId.equals(specialist.specialistId) && !f.fromOn.isAfter(day))
                .max(Comparator.comparing(f -> f.fromOn)).map(f -> f.workingFraction)
                .orElse(fractions.stream().anyMatch(f -> f.specialistId.equals(specialist.specialistId))
                        ? BigDecimal.ZERO : specialist.workingFraction);
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
        boolean attendeesKnown = attendance.stream().anyMatch(a -> a.meetingId.equals(meeting.meetingId));
        return attendeesKnown
                ? attendance.stream().anyMatch(a -> a.meetingId.equals(meeting.meetingId)
                        && a.attendeeId.equals(specialistId))
                : meeting.specialistAttended;
    }
}
