package no.ipsbridge.events;

import java.util.Arrays;
import java.util.Optional;

import no.ipsbridge.events.audit.AccessRecorded;
import no.ipsbridge.events.clients.CareerProfileUpdated;
import no.ipsbridge.events.clients.CareerProfileUpdatedV2;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.EducationStarted;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.events.placements.EmployerRegistered;
import no.ipsbridge.events.placements.FollowAlongContactLogged;
import no.ipsbridge.events.placements.JobChanged;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.events.placements.NavReportSent;
import no.ipsbridge.events.protection.ProtectionChanged;
import no.ipsbridge.events.specialists.ActivityLogged;
import no.ipsbridge.events.specialists.NavContactLogged;
import no.ipsbridge.events.specialists.WorkingFractionChanged;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.events.specialists.ClientReleased;
import no.ipsbridge.events.specialists.SpecialistRegistered;
import no.ipsbridge.events.teams.ClinicianJoined;
import no.ipsbridge.events.teams.ClinicianLeft;
import no.ipsbridge.events.teams.MeetingHeld;
import no.ipsbridge.events.teams.MeetingHeldV2;
import no.ipsbridge.events.teams.SpecialistAttached;
import no.ipsbridge.events.teams.SpecialistDetached;
import no.ipsbridge.events.teams.TeamCreated;

/**
 * Every event type IPS Bridge publishes. A change that would break a consumer is a new type with the next
 * version suffix, published beside the old one; an existing type is never edited incompatibly.
 */
public enum EventType {

    CLIENT_REFERRED("no.ipsbridge.client.referred.v1", Topics.CLIENTS, ClientReferred.class),
    CLIENT_ENROLLED("no.ipsbridge.client.enrolled.v1", Topics.CLIENTS, ClientEnrolled.class),
    CLIENT_STATUS_CHANGED("no.ipsbridge.client.status-changed.v1", Topics.CLIENTS, ClientStatusChanged.class),
    CLIENT_CONSENT_GIVEN("no.ipsbridge.client.consent-given.v1", Topics.CLIENTS, ConsentGiven.class),
    CLIENT_CONSENT_WITHDRAWN("no.ipsbridge.client.consent-withdrawn.v1", Topics.CLIENTS, ConsentWithdrawn.class),
    CLIENT_CAREER_PROFILE_UPDATED("no.ipsbridge.client.career-profile-updated.v1", Topics.CLIENTS,
            CareerProfileUpdated.class),
    CLIENT_CAREER_PROFILE_UPDATED_V2("no.ipsbridge.client.career-profile-updated.v2", Topics.CLIENTS,
            CareerProfileUpdatedV2.class),
    CLIENT_DISCHARGED("no.ipsbridge.client.discharged.v1", Topics.CLIENTS, ClientDischarged.class),

    SPECIALIST_REGISTERED("no.ipsbridge.specialist.registered.v1", Topics.SPECIALISTS, SpecialistRegistered.class),
    CLIENT_ASSIGNED("no.ipsbridge.caseload.client-assigned.v1", Topics.SPECIALISTS, ClientAssigned.class),
    CLIENT_REASSIGNED("no.ipsbridge.caseload.client-reassigned.v1", Topics.SPECIALISTS, ClientReassigned.class),
    CLIENT_RELEASED("no.ipsbridge.caseload.client-released.v1", Topics.SPECIALISTS, ClientReleased.class),
    SPECIALIST_ACTIVITY_LOGGED("no.ipsbridge.specialist.activity-logged.v1", Topics.SPECIALISTS,
            ActivityLogged.class),
    SPECIALIST_WORKING_FRACTION_CHANGED("no.ipsbridge.specialist.working-fraction-changed.v1", Topics.SPECIALISTS,
            WorkingFractionChanged.class),
    SPECIALIST_NAV_CONTACT_LOGGED("no.ipsbridge.specialist.nav-contact-logged.v1", Topics.SPECIALISTS,
            NavContactLogged.class),

    TEAM_CREATED("no.ipsbridge.team.created.v1", Topics.TEAMS, TeamCreated.class),
    TEAM_CLINICIAN_JOINED("no.ipsbridge.team.clinician-joined.v1", Topics.TEAMS, ClinicianJoined.class),
    TEAM_CLINICIAN_LEFT("no.ipsbridge.team.clinician-left.v1", Topics.TEAMS, ClinicianLeft.class),
    TEAM_SPECIALIST_ATTACHED("no.ipsbridge.team.specialist-attached.v1", Topics.TEAMS, SpecialistAttached.class),
    TEAM_SPECIALIST_DETACHED("no.ipsbridge.team.specialist-detached.v1", Topics.TEAMS, SpecialistDetached.class),
    TEAM_MEETING_HELD("no.ipsbridge.team.meeting-held.v1", Topics.TEAMS, MeetingHeld.class),
    TEAM_MEETING_HELD_V2("no.ipsbridge.team.meeting-held.v2", Topics.TEAMS, MeetingHeldV2.class),

    EMPLOYER_REGISTERED("no.ipsbridge.employer.registered.v1", Topics.PLACEMENTS, EmployerRegistered.class),
    EMPLOYER_CONTACT_LOGGED("no.ipsbridge.employer.contact-logged.v1", Topics.PLACEMENTS,
            EmployerContactLogged.class),
    JOB_STARTED("no.ipsbridge.job.started.v1", Topics.PLACEMENTS, JobStarted.class),
    JOB_ENDED("no.ipsbridge.job.ended.v1", Topics.PLACEMENTS, JobEnded.class),
    JOB_CHANGED("no.ipsbridge.job.changed.v1", Topics.PLACEMENTS, JobChanged.class),
    EDUCATION_STARTED("no.ipsbridge.education.started.v1", Topics.PLACEMENTS, EducationStarted.class),
    FOLLOW_ALONG_CONTACT_LOGGED("no.ipsbridge.follow-along.contact-logged.v1", Topics.PLACEMENTS,
            FollowAlongContactLogged.class),
    BENEFITS_COUNSELLING_GIVEN("no.ipsbridge.benefits.counselling-given.v1", Topics.PLACEMENTS,
            BenefitsCounsellingGiven.class),
    NAV_REPORT_SENT("no.ipsbridge.nav-report.sent.v1", Topics.PLACEMENTS, NavReportSent.class),

    ACCESS_RECORDED("no.ipsbridge.audit.access-recorded.v1", Topics.AUDIT, AccessRecorded.class),

    CLIENT_PROTECTION_CHANGED("no.ipsbridge.client.protection-changed.v1", Topics.PROTECTION,
            ProtectionChanged.class);

    private final String ceType;
    private final String topic;
    private final Class<? extends DomainEvent> payloadClass;

    EventType(String ceType, String topic, Class<? extends DomainEvent> payloadClass) {
        this.ceType = ceType;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> payloadClass() {
        return payloadClass;
    }

    /** Where the JSON Schema of this type's data lives on the classpath. */
    public String schemaResource() {
        return "/no/ipsbridge/events/schemas/" + ceType + ".json";
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values()).filter(type -> type.ceType.equals(ceType)).findFirst();
    }
}
