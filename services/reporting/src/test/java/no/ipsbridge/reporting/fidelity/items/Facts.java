package no.ipsbridge.reporting.fidelity.items;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.ipsbridge.events.placements.FollowAlongWith;
import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.reporting.fidelity.FidelityData;
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

/** A small history, written the way a test reads, for the item rules; no database, no broker. */
final class Facts {

    /** 2026-Q1: 1 January (a Thursday) to 31 March; its weeks run from Monday 29 December to Sunday 29 March. */
    static final Quarter Q1 = new Quarter(2026, 1);

    private final Quarter period;
    private LocalDate asOf;
    final List<ReportedSpecialist> specialists = new ArrayList<>();
    final Set<UUID> groupClients = new HashSet<>();
    final Map<UUID, ReportedClient> clients = new HashMap<>();
    final List<CaseloadSpell> spells = new ArrayList<>();
    final List<TeamAttachment> attachments = new ArrayList<>();
    final Set<UUID> meetingTeams = new HashSet<>();
    final List<ReportedMeeting> meetings = new ArrayList<>();
    final List<MeetingAttendance> attendance = new ArrayList<>();
    final List<ReportedActivity> activities = new ArrayList<>();
    final List<ReportedEmployerContact> employerContacts = new ArrayList<>();
    final List<ReportedJob> jobs = new ArrayList<>();
    final List<ReportedFollowAlong> followAlong = new ArrayList<>();
    final List<ReportedCounselling> counselling = new ArrayList<>();
    final List<ReportedJobChange> jobChanges = new ArrayList<>();
    final List<WorkingFractionPeriod> fractions = new ArrayList<>();
    final List<ReportedNavContact> navContacts = new ArrayList<>();
    final List<CareerProfileUpdate> profiles = new ArrayList<>();

    Facts(Quarter period) {
        this.period = period;
        this.asOf = period.last();
    }

    static Facts q1() {
        return new Facts(Q1);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    Facts asOf(String day) {
        asOf = day(day);
        return this;
    }

    FidelityData data() {
        return new FidelityData(period, asOf, specialists, groupClients, clients, spells, attachments, meetingTeams,
                meetings, attendance, activities, employerContacts, jobs, followAlong, counselling, jobChanges,
                fractions, navContacts, profiles);
    }

    ReportedSpecialist specialist(String id, double fraction, String startedOn) {
        ReportedSpecialist specialist = new ReportedSpecialist();
        specialist.specialistId = id;
        specialist.agency = "NAV";
        specialist.org = "nav-bergen";
        specialist.workingFraction = BigDecimal.valueOf(fraction);
        specialist.registeredOn = day(startedOn);
        specialists.add(specialist);
        fraction(id, fraction, startedOn);
        return specialist;
    }

    Facts fraction(String specialistId, double fraction, String from) {
        WorkingFractionPeriod period = new WorkingFractionPeriod();
        period.specialistId = specialistId;
        period.fromOn = day(from);
        period.workingFraction = BigDecimal.valueOf(fraction);
        fractions.add(period);
        return this;
    }

    ReportedClient client(String enrolledOn, UUID team) {
        ReportedClient client = new ReportedClient();
        client.clientId = UUID.randomUUID();
        client.enrolledOn = enrolledOn == null ? null : day(enrolledOn);
        client.treatmentTeamId = team;
        clients.put(client.clientId, client);
        groupClients.add(client.clientId);
        return client;
    }

    UUID onCaseload(String specialistId, String from, String to) {
        ReportedClient client = client(from, null);
        spell(client.clientId, specialistId, from, to);
        return client.clientId;
    }

    Facts spell(UUID clientId, String specialistId, String from, String to) {
        CaseloadSpell spell = new CaseloadSpell();
        spell.clientId = clientId;
        spell.specialistId = specialistId;
        spell.fromOn = day(from);
        spell.toOn = to == null ? null : day(to);
        spells.add(spell);
        return this;
    }

    Facts attached(String specialistId, UUID team, String from, String to) {
        TeamAttachment attachment = new TeamAttachment();
        attachment.teamId = team;
        attachment.specialistId = specialistId;
        attachment.fromOn = day(from);
        attachment.toOn = to == null ? null : day(to);
        attachments.add(attachment);
        meetingTeams.add(team);
        return this;
    }

    Facts meeting(UUID team, String heldOn, String... specialistsAttending) {
        ReportedMeeting meeting = new ReportedMeeting();
        meeting.meetingId = UUID.randomUUID();
        meeting.teamId = team;
        meeting.heldOn = day(heldOn);
        meeting.specialistAttended = specialistsAttending.length > 0;
        meetings.add(meeting);
        for (String specialistId : specialistsAttending) {
            MeetingAttendance attended = new MeetingAttendance();
            attended.meetingId = meeting.meetingId;
            attended.attendeeId = specialistId;
            attendance.add(attended);
        }
        return this;
    }

    Facts activity(String specialistId, String on, ActivityKind kind, int minutes) {
        ReportedActivity activity = new ReportedActivity();
        activity.activityId = UUID.randomUUID();
        activity.specialistId = specialistId;
        activity.onDay = day(on);
        activity.kind = kind;
        activity.minutes = minutes;
        activities.add(activity);
        return this;
    }

    Facts employerContact(String specialistId, String on, boolean faceToFace, UUID... clientIds) {
        ReportedEmployerContact contact = new ReportedEmployerContact();
        contact.contactId = UUID.randomUUID();
        contact.specialistId = specialistId;
        contact.contactedOn = day(on);
        contact.faceToFace = faceToFace;
        contact.clientIds = new ArrayList<>(List.of(clientIds));
        employerContacts.add(contact);
        return this;
    }

    /** A face-to-face contact with the employer on each of {@code count} days of the week starting on the Monday. */
    Facts employerContactsInWeek(String specialistId, String monday, int count) {
        for (int i = 0; i < count; i++) {
            employerContact(specialistId, day(monday).plusDays(i % 5).toString(), true);
        }
        return this;
    }

    ReportedJob job(UUID clientId, String startedOn, String occupationCode, UUID employerId, boolean competitive) {
        ReportedJob job = new ReportedJob();
        job.jobId = UUID.randomUUID();
        job.clientId = clientId;
        job.startedOn = day(startedOn);
        job.occupationCode = occupationCode;
        job.employerId = employerId;
        job.competitive = competitive;
        job.permanent = true;
        jobs.add(job);
        return job;
    }

    Facts counselled(UUID clientId, String on) {
        ReportedCounselling given = new ReportedCounselling();
        given.counsellingId = UUID.randomUUID();
        given.clientId = clientId;
        given.givenOn = day(on);
        counselling.add(given);
        return this;
    }

    Facts jobChanged(UUID clientId, String on) {
        ReportedJobChange change = new ReportedJobChange();
        change.changeId = UUID.randomUUID();
        change.clientId = clientId;
        change.changedOn = day(on);
        jobChanges.add(change);
        return this;
    }

    Facts followAlong(UUID clientId, String on) {
        ReportedFollowAlong contact = new ReportedFollowAlong();
        contact.contactId = UUID.randomUUID();
        contact.clientId = clientId;
        contact.contactedOn = day(on);
        contact.with = FollowAlongWith.CLIENT;
        contact.faceToFace = true;
        followAlong.add(contact);
        return this;
    }

    Facts profile(UUID clientId, String updatedOn, String... preferredOccupationCodes) {
        CareerProfileUpdate update = new CareerProfileUpdate();
        update.clientId = clientId;
        update.updatedOn = day(updatedOn);
        update.preferredOccupationCodes = List.of(preferredOccupationCodes);
        profiles.add(update);
        return this;
    }

    Facts navContact(String specialistId, String on, boolean scheduled, boolean faceToFace) {
        ReportedNavContact contact = new ReportedNavContact();
        contact.contactId = UUID.randomUUID();
        contact.specialistId = specialistId;
        contact.contactedOn = day(on);
        contact.scheduled = scheduled;
        contact.faceToFace = faceToFace;
        navContacts.add(contact);
        return this;
    }
}
