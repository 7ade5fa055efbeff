package no.ipsbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.audit.AccessRecorded;
import no.ipsbridge.events.audit.ListAccessRecorded;
import no.ipsbridge.events.clients.CareerProfileUpdated;
import no.ipsbridge.events.clients.CareerProfileUpdatedV2;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientState;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.events.clients.DisclosurePreference;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.BenefitsTopic;
import no.ipsbridge.events.placements.ContactPurpose;
import no.ipsbridge.events.placements.CounselledBy;
import no.ipsbridge.events.placements.EducationStarted;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.events.placements.EmployerRegistered;
import no.ipsbridge.events.placements.FollowAlongContactLogged;
import no.ipsbridge.events.placements.FollowAlongWith;
import no.ipsbridge.events.placements.JobChanged;
import no.ipsbridge.events.placements.JobEndReason;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.events.placements.NavReportKind;
import no.ipsbridge.events.placements.NavReportSent;
import no.ipsbridge.events.protection.AddressProtection;
import no.ipsbridge.events.protection.ProtectionChanged;
import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.events.specialists.ActivityLogged;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.events.specialists.ClientReleased;
import no.ipsbridge.events.specialists.NavContactLogged;
import no.ipsbridge.events.specialists.ReleaseReason;
import no.ipsbridge.events.specialists.SpecialistRegistered;
import no.ipsbridge.events.specialists.WorkingFractionChanged;
import no.ipsbridge.events.teams.ClinicianJoined;
import no.ipsbridge.events.teams.ClinicianLeft;
import no.ipsbridge.events.teams.MeetingHeld;
import no.ipsbridge.events.teams.MeetingHeldV2;
import no.ipsbridge.events.teams.SpecialistAttached;
import no.ipsbridge.events.teams.SpecialistDetached;
import no.ipsbridge.events.teams.TeamCreated;
import no.ipsbridge.events.teams.TeamKind;

class EventContractsTest {

    private static final UUID CLIENT = UUID.fromString("0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41");
    private static final String SPECIALIST = "5f0c1a2e-0001-4c3a-9a10-000000000001";
    private static final UUID TEAM = UUID.fromString("3c8e2a71-94d0-4f5b-8e6a-2b1d0c9f7e53");
    private static final UUID EMPLOYER = UUID.fromString("9d4b7e12-3a6c-4f81-b2d5-7c8e9f0a1b2c");

    /** One instance of every event type, filled the way the services fill them. */
    static List<DomainEvent> oneOfEach() {
        Instant now = Instant.parse("2026-11-23T10:15:30Z");
        LocalDate today = LocalDate.parse("2026-11-23");
        return List.of(
                new ClientReferred(CLIENT, now, "HEALTH", "helse-bergen", "nav-bergen", null, IpsVariant.IPS, false),
                new ClientEnrolled(CLIENT, today, "3a761b5f-5b7c-4a29-8b93-ededdd94c1c6"),
                new ClientStatusChanged(CLIENT, ClientStatus.ENROLLED, ClientStatus.JOB_SEARCH, today),
                new ConsentGiven(CLIENT, UUID.randomUUID(), ConsentDirection.HEALTH_TO_NAV, now),
                new ConsentWithdrawn(CLIENT, UUID.randomUUID(), ConsentDirection.HEALTH_TO_NAV, now),
                new CareerProfileUpdated(CLIENT, 20, List.of("5223", "7115"), false, DisclosurePreference.PARTIAL),
                new CareerProfileUpdatedV2(CLIENT, today, 20, List.of("5223", "7115"), false,
                        DisclosurePreference.PARTIAL),
                new ClientDischarged(CLIENT, ClientStatus.FOLLOW_ALONG, today, DischargeReason.WORKING_WITHOUT_SUPPORT),
                new SpecialistRegistered(SPECIALIST, "NAV", "nav-bergen", new BigDecimal("0.8"), today),
                new ClientAssigned(CLIENT, SPECIALIST, today, 12, false),
                new ClientReassigned(CLIENT, SPECIALIST, "5f0c1a2e-0007-4c3a-9a10-000000000007", today, true),
                new ClientReleased(CLIENT, SPECIALIST, today, ReleaseReason.DISCHARGED),
                new ActivityLogged(UUID.randomUUID(), SPECIALIST, today, ActivityKind.COMMUNITY, 90, List.of(CLIENT)),
                new WorkingFractionChanged(SPECIALIST, new BigDecimal("1.0"), today),
                new NavContactLogged(UUID.randomUUID(), SPECIALIST, today, true, true, List.of(CLIENT)),
                new TeamCreated(TEAM, "helse-bergen", "Psykoseteam Bjørgvin", TeamKind.FACT, today),
                new ClinicianJoined(TEAM, "5f0c1a2e-0003-4c3a-9a10-000000000003", today),
                new ClinicianLeft(TEAM, "5f0c1a2e-0003-4c3a-9a10-000000000003", today),
                new SpecialistAttached(TEAM, SPECIALIST, today),
                new SpecialistDetached(TEAM, SPECIALIST, today),
                new MeetingHeld(TEAM, UUID.randomUUID(), today, 6, true, List.of(CLIENT)),
                new MeetingHeldV2(TEAM, UUID.randomUUID(), today,
                        List.of(SPECIALIST, "5f0c1a2e-0003-4c3a-9a10-000000000003"), List.of(CLIENT)),
                new EmployerRegistered(EMPLOYER, "923456783", "Bergen Bakeri AS", "10.711", "Bergen"),
                new EmployerContactLogged(UUID.randomUUID(), EMPLOYER, SPECIALIST, today, true,
                        ContactPurpose.PRESENTING_CANDIDATE, List.of(CLIENT)),
                new JobStarted(UUID.randomUUID(), CLIENT, EMPLOYER, today, 20, "7512", true, false),
                new JobEnded(UUID.randomUUID(), CLIENT, EMPLOYER, today, JobEndReason.TEMPORARY_JOB_ENDED, true, 0),
                new JobChanged(UUID.randomUUID(), UUID.randomUUID(), CLIENT, today, new BigDecimal("25"),
                        new BigDecimal("20"), true),
                new EducationStarted(UUID.randomUUID(), CLIENT, today),
                new FollowAlongContactLogged(UUID.randomUUID(), CLIENT, SPECIALIST, today, FollowAlongWith.EMPLOYER, false),
                new BenefitsCounsellingGiven(UUID.randomUUID(), CLIENT, today, CounselledBy.NAV_COUNSELLOR,
                        List.of(BenefitsTopic.EARNINGS_AND_BENEFITS, BenefitsTopic.WORK_ASSESSMENT_ALLOWANCE), null),
                new NavReportSent(UUID.randomUUID(), CLIENT, NavReportKind.INTERVAL, today.minusMonths(3), today, today,
                        true),
                new AccessRecorded(CLIENT, now, SPECIALIST, "NAV", "nav-bergen", "read-placements", "own caseload"),
                new ListAccessRecorded(List.of(CLIENT, UUID.randomUUID()), now, SPECIALIST, "NAV", "nav-bergen",
                        "read-my-caseload", "own caseload"),
                new ProtectionChanged(CLIENT, AddressProtection.FORTROLIG, true, "5f0c1a2e-0004-4c3a-9a10-000000000004",
                        now),
                ClientState.apply(ClientState.apply(ClientState.apply(null,
                        new ClientReferred(CLIENT, now, "HEALTH", "helse-bergen", "nav-bergen", TEAM, IpsVariant.IPS,
                                false), CloudEventMapping.sequence(41), UUID.randomUUID(), now),
                        new ClientEnrolled(CLIENT, today, SPECIALIST), CloudEventMapping.sequence(57),
                        UUID.randomUUID(), now),
                        new ConsentGiven(CLIENT, UUID.randomUUID(), ConsentDirection.HEALTH_TO_NAV, now),
                        CloudEventMapping.sequence(58), UUID.randomUUID(), now));
    }

    @Test
    void everyEventTypeHasAnExampleAndItConformsToItsSchema() {
        List<DomainEvent> examples = oneOfEach();
        assertThat(examples).extracting(DomainEvent::getClass)
                .containsExactlyInAnyOrderElementsOf(EventCatalog.types());
        for (DomainEvent event : examples) {
            assertThat(EventSchemas.violations(event.type(), EventJson.write(event))).as(event.type()).isEmpty();
        }
    }

    @Test
    void aProtectionWithoutAnAssignedCounsellorConformsToo() {
        ProtectionChanged unassigned = new ProtectionChanged(CLIENT, AddressProtection.STRENGT_FORTROLIG, false, null,
                Instant.parse("2026-11-23T10:15:30Z"));
        assertThat(EventSchemas.violations(unassigned.type(), EventJson.write(unassigned))).isEmpty();
    }

    @Test
    void schemasRefuseAPropertyTheyDoNotList() {
        byte[] withName = ("{\"clientId\":\"" + CLIENT + "\",\"enrolledOn\":\"2026-11-23\","
                + "\"specialistId\":\"s\",\"name\":\"Ola Nordmann\"}").getBytes();
        assertThat(EventSchemas.violations(ClientEnrolled.class, withName))
                .anySatisfy(message -> assertThat(message).contains("name"));
    }

    @Test
    void publishesInBinaryModeWithTheSubjectAsKey() {
        DomainEvent event = oneOfEach().getFirst();
        UUID id = UUID.randomUUID();
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(
                CloudEventMapping.Envelope.of(id, "/ips-bridge/clients", event, Instant.parse("2026-11-23T10:15:30Z")));

        assertThat(record.topic()).isEqualTo("ips.clients.v1");
        assertThat(record.key()).isEqualTo(CLIENT.toString());
        assertThat(Arrays.stream(record.headers().toArray()).map(h -> h.key()))
                .contains("ce_id", "ce_specversion", "ce_type", "ce_source", "ce_subject", "ce_time", "content-type");
        assertThat(new String(record.value())).startsWith("{\"clientId\":");

        ConsumerRecord<String, byte[]> received = new ConsumerRecord<>(record.topic(), 0, 0, record.key(), record.value());
        record.headers().forEach(header -> received.headers().add(header));
        CloudEvent read = CloudEventMapping.fromRecord(received);
        assertThat(read.getId()).isEqualTo(id.toString());
        assertThat(read.getType()).isEqualTo("no.ipsbridge.client.referred.v1");
        assertThat(CloudEventMapping.payload(read)).isEqualTo(event);
    }
}
