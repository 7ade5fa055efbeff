package no.ipsbridge.specialists;

import static no.ipsbridge.specialists.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.EventSchemas;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.specialists.caseload.Assignment;
import no.ipsbridge.specialists.clients.KnownClient;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "specialists"), @ResourceArg(name = "keycloak", value = "true") })
class CaseloadTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aCaseloadTakes20ClientsAndRefusesThe21stUnlessATeamLeadRecordsWhy() {
        String specialist = Fixtures.registered(UUID.randomUUID().toString());
        for (int i = 0; i < Assignment.CASELOAD_LIMIT; i++) {
            assign(specialist, Fixtures.enrolledClient(specialist, IpsCalendar.today())).then().statusCode(201);
        }
        UUID twentyFirst = Fixtures.enrolledClient(specialist, IpsCalendar.today());
        assign(specialist, twentyFirst).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipsbridge.no/problems/caseload-limit"));

        as("lead.bergen").body(Map.of("clientId", twentyFirst, "overrideReason", "Two discharges this week"))
                .post("/api/specialists/{id}/caseload", specialist).then().statusCode(201)
                .body("overLimit", equalTo(true));
        as("lead.bergen").get("/api/specialists/{id}", specialist).then().body("caseloadSize", equalTo(21));

        var assigned = TopicReader.await(Topics.SPECIALISTS, r -> twentyFirst.toString().equals(r.key()), 1, PATIENCE)
                .getFirst();
        assertThat(new String(assigned.value())).contains("\"overLimit\":true", "\"caseloadSize\":21")
                .doesNotContain("discharges");
        assertThat(EventSchemas.violations(ClientAssigned.class, assigned.value())).isEmpty();
    }

    @Test
    void aSpecialistCannotOverrideTheLimitThemselves() {
        String specialist = Fixtures.registered(Fixtures.SPECIALIST3_BERGEN);
        QuarkusTransaction.requiringNew().run(() -> {
            // Fill the caseload directly: the limit, not the way there, is under test here.
            for (long i = Assignment.activeCount(specialist); i < Assignment.CASELOAD_LIMIT; i++) {
                KnownClient filler = new KnownClient();
                filler.clientId = UUID.randomUUID();
                filler.status = ClientStatus.ENROLLED;
                filler.healthTrust = "helse-bergen";
                filler.navOffice = "nav-bergen";
                filler.statusChangedOn = IpsCalendar.today();
                filler.persist();
                Assignment assignment = new Assignment();
                assignment.id = UUID.randomUUID();
                assignment.clientId = filler.clientId;
                assignment.specialistId = specialist;
                assignment.assignedOn = IpsCalendar.today();
                assignment.persist();
            }
        });
        UUID client = Fixtures.enrolledClient(specialist, IpsCalendar.today());
        as("specialist3.bergen").body(Map.of("clientId", client)).post("/api/specialists/{id}/caseload", specialist)
                .then().statusCode(409).body("type", equalTo("https://ipsbridge.no/problems/caseload-limit"));
        as("specialist3.bergen").body(Map.of("clientId", client, "overrideReason", "I can manage"))
                .post("/api/specialists/{id}/caseload", specialist).then().statusCode(403);
    }

    @Test
    void aDischargedClientLeavesTheCaseloadWhenTheDischargeEventArrives() {
        String specialist = Fixtures.registered(UUID.randomUUID().toString());
        UUID client = Fixtures.enrolledClient(specialist, IpsCalendar.today());
        assign(specialist, client).then().statusCode(201);

        Fixtures.publish(new ClientDischarged(client, ClientStatus.ENROLLED, IpsCalendar.today(), DischargeReason.MOVED));

        var released = TopicReader.await(Topics.SPECIALISTS, r -> client.toString().equals(r.key())
                && "no.ipsbridge.caseload.client-released.v1".equals(TopicReader.header(r, "ce_type")), 1, PATIENCE);
        assertThat(new String(released.getFirst().value())).contains("\"reason\":\"DISCHARGED\"");
        as("lead.bergen").get("/api/specialists/{id}/caseload", specialist).then().statusCode(200)
                .body("clientId", not(hasItem(client.toString())));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String specialist = Fixtures.registered(UUID.randomUUID().toString());
        UUID client = UUID.randomUUID();
        Fixtures.publish(new ClientReferred(client, Instant.now(), "HEALTH", "helse-bergen", "nav-bergen", null,
                IpsVariant.IPS, false));
        ProducerRecord<String, byte[]> enrolled = EventPublisher.publish(Fixtures.CLIENTS_SOURCE,
                new ClientEnrolled(client, IpsCalendar.today(), specialist));
        Fixtures.publish(new ClientStatusChanged(client, ClientStatus.ENROLLED, ClientStatus.JOB_SEARCH, IpsCalendar.today()));
        Fixtures.awaitStatus(client, "JOB_SEARCH");

        // The same record again (same ce_id), then a later event of the same client on the same partition.
        EventPublisher.send(new ProducerRecord<>(enrolled.topic(), null, enrolled.key(), enrolled.value(),
                enrolled.headers()));
        Fixtures.publish(new ConsentGiven(client, UUID.randomUUID(), ConsentDirection.HEALTH_TO_NAV, Instant.now()));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(
                () -> KnownClient.<KnownClient>findById(client).consentHealthToNav));

        assertThat(QuarkusTransaction.requiringNew().call(() -> KnownClient.<KnownClient>findById(client).status))
                .as("the redelivered enrolment did not take the client back to ENROLLED").isEqualTo(ClientStatus.JOB_SEARCH);
    }

    @Test
    void aPoisonEventIsDeadLetteredAndLaterEventsStillApply() {
        String key = UUID.randomUUID().toString();
        EventPublisher.send(new ProducerRecord<>(Topics.CLIENTS, key, "{\"not\":\"a cloud event\"}".getBytes()));
        UUID unknown = UUID.randomUUID();
        Fixtures.publish(new ClientEnrolled(unknown, IpsCalendar.today(), "someone"));

        TopicReader.await(Topics.deadLetterTopicOf(Topics.CLIENTS), r -> key.equals(r.key())
                && "ips-specialists.client-projection".equals(TopicReader.header(r, "ips_dlt_consumer")), 1, PATIENCE);
        var orphan = TopicReader.await(Topics.deadLetterTopicOf(Topics.CLIENTS), r -> unknown.toString().equals(r.key())
                && "ips-specialists.client-projection".equals(TopicReader.header(r, "ips_dlt_consumer")), 1, PATIENCE);
        assertThat(TopicReader.header(orphan.getFirst(), "ips_dlt_reason")).contains("referral was never seen");
        Fixtures.enrolledClient(Fixtures.SPECIALIST_BERGEN, IpsCalendar.today());
    }

    @Test
    void aClientIsOnOneCaseloadAtATimeAndATeamLeadMovesThem() {
        String first = Fixtures.registered(UUID.randomUUID().toString());
        String second = Fixtures.registered(UUID.randomUUID().toString());
        UUID client = Fixtures.enrolledClient(first, IpsCalendar.today());
        assign(first, client).then().statusCode(201);
        assign(second, client).then().statusCode(409)
                .body("type", equalTo("https://ipsbridge.no/problems/already-assigned"));

        as("specialist.bergen").body(Map.of("toSpecialistId", second))
                .post("/api/specialists/{id}/caseload/{client}/reassignment", first, client).then().statusCode(403);
        as("lead.bergen").body(Map.of("toSpecialistId", second))
                .post("/api/specialists/{id}/caseload/{client}/reassignment", first, client).then().statusCode(200)
                .body("specialistId", equalTo(second));
        as("lead.bergen").get("/api/specialists/{id}/caseload", second).then().body("clientId", hasItem(client.toString()));
        TopicReader.await(Topics.SPECIALISTS, r -> client.toString().equals(r.key())
                && "no.ipsbridge.caseload.client-reassigned.v1".equals(TopicReader.header(r, "ce_type")), 1, PATIENCE);
    }

    @Test
    void onlyEnrolledClientsTheCallerServesCanBeAssigned() {
        String specialist = Fixtures.registered(UUID.randomUUID().toString());
        as("lead.bergen").body(Map.of("clientId", UUID.randomUUID())).post("/api/specialists/{id}/caseload", specialist)
                .then().statusCode(422).body("errors[0].field", equalTo("clientId"));
        UUID client = Fixtures.enrolledClient(specialist, IpsCalendar.today());
        as("clinician.oslo").body(Map.of("clientId", client)).post("/api/specialists/{id}/caseload", specialist)
                .then().statusCode(403);
        as("lead.bergen").body(Map.of("clientId", "not-a-uuid")).post("/api/specialists/{id}/caseload", specialist)
                .then().statusCode(400).body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void aSpecialistCannotReadAnothersCaseload() {
        Fixtures.registered(Fixtures.SPECIALIST2_BERGEN);
        as("specialist.bergen").get("/api/specialists/{id}/caseload", Fixtures.SPECIALIST2_BERGEN).then()
                .statusCode(403).contentType("application/problem+json");
        as("specialist2.bergen").get("/api/specialists/{id}/caseload", Fixtures.SPECIALIST2_BERGEN).then()
                .statusCode(200);
    }

    @Test
    void everyEventTheServicePublishesConformsToItsSchema() {
        aDischargedClientLeavesTheCaseloadWhenTheDischargeEventArrives();
        List<String> types = TopicReader.readAll(Topics.SPECIALISTS).stream().map(record -> {
            String type = TopicReader.header(record, "ce_type");
            assertThat(EventCatalog.ofType(type)).as(type).isPresent();
            assertThat(EventSchemas.violations(type, record.value())).as(type).isEmpty();
            assertThat(CloudEventMapping.fromRecord(record).getSource().toString()).isEqualTo("/ips-bridge/specialists");
            return type;
        }).toList();
        assertThat(types).contains("no.ipsbridge.specialist.registered.v1", "no.ipsbridge.caseload.client-assigned.v1",
                "no.ipsbridge.caseload.client-released.v1");
    }

    @Test
    void aNavTeamLeadSeesAndReleasesOnlyClientsWhoseConsentCoversNav() {
        String specialist = Fixtures.registered(UUID.randomUUID().toString());
        UUID withoutConsent = Fixtures.enrolledClient(specialist, IpsCalendar.today());
        UUID withConsent = Fixtures.enrolledClient(specialist, IpsCalendar.today());
        assign(specialist, withoutConsent).then().statusCode(201);
        assign(specialist, withConsent).then().statusCode(201);
        Fixtures.publish(new ConsentGiven(withConsent, UUID.randomUUID(), ConsentDirection.HEALTH_TO_NAV,
                Instant.now()));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(
                () -> KnownClient.<KnownClient>findById(withConsent).consentHealthToNav));

        as("lead.nav-bergen").get("/api/specialists/{id}/caseload", specialist).then().statusCode(200)
                .body("clientId", hasItem(withConsent.toString()))
                .body("clientId", not(hasItem(withoutConsent.toString())));
        as("lead.bergen").get("/api/specialists/{id}/caseload", specialist).then().statusCode(200)
                .body("clientId", hasItem(withoutConsent.toString()));
        as("lead.nav-bergen").post("/api/specialists/{id}/caseload/{client}/release", specialist, withoutConsent)
                .then().statusCode(404);
        as("lead.nav-bergen").post("/api/specialists/{id}/caseload/{client}/release", specialist, withConsent)
                .then().statusCode(204);
    }

    private static io.restassured.response.Response assign(String specialist, UUID client) {
        return as("lead.bergen").body(Map.of("clientId", client)).post("/api/specialists/{id}/caseload", specialist);
    }
}
