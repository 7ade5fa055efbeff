package no.ipsbridge.specialists;

import static no.ipsbridge.specialists.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.BenefitsTopic;
import no.ipsbridge.events.placements.ContactPurpose;
import no.ipsbridge.events.placements.CounselledBy;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;

/** The employment specialist's phone: the caseload with what is due, and logging time. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "specialists"), @ResourceArg(name = "keycloak", value = "true") })
class MyDayTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theCaseloadShowsWhatIsDueAndAnUnchangedCaseloadCostsA304() {
        Fixtures.registered(Fixtures.SPECIALIST_BERGEN);
        UUID late = Fixtures.enrolledClient(Fixtures.SPECIALIST_BERGEN, IpsCalendar.today().minusDays(40));
        as("specialist.bergen").body(Map.of("clientId", late))
                .post("/api/specialists/{id}/caseload", Fixtures.SPECIALIST_BERGEN).then().statusCode(201);

        var first = as("specialist.bergen").get("/api/me/caseload").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("limit", equalTo(20))
                .body("clients.clientId", hasItem(late.toString()))
                .body("clients.find { it.clientId == '%s' }.due[0].kind".formatted(late), equalTo("FIRST_EMPLOYER_CONTACT"))
                .body("clients.find { it.clientId == '%s' }.due[0].overdue".formatted(late), equalTo(true))
                .body("clients.find { it.clientId == '%s' }.daysSinceEnrolment".formatted(late), equalTo(40))
                .body("clients.find { it.clientId == '%s' }.daysSinceLastEmployerContact".formatted(late), nullValue())
                .extract();
        String etag = first.header("ETag");

        as("specialist.bergen").header("If-None-Match", etag).get("/api/me/caseload").then().statusCode(304);

        UUID fresh = Fixtures.enrolledClient(Fixtures.SPECIALIST_BERGEN, IpsCalendar.today());
        as("specialist.bergen").body(Map.of("clientId", fresh))
                .post("/api/specialists/{id}/caseload", Fixtures.SPECIALIST_BERGEN).then().statusCode(201);
        as("specialist.bergen").header("If-None-Match", etag).get("/api/me/caseload").then().statusCode(200)
                .body("clients.clientId", hasItem(fresh.toString()));
    }

    @Test
    void aCaseloadReadIsAuditedOnceNamingEveryClientItShowed() throws SQLException {
        Fixtures.registered(Fixtures.SPECIALIST_BERGEN);
        for (int i = 0; i < 2; i++) {
            UUID client = Fixtures.enrolledClient(Fixtures.SPECIALIST_BERGEN, IpsCalendar.today().minusDays(5));
            as("specialist.bergen").body(Map.of("clientId", client))
                    .post("/api/specialists/{id}/caseload", Fixtures.SPECIALIST_BERGEN).then().statusCode(201);
        }
        List<String> shown = as("specialist.bergen").get("/api/me/caseload").then().statusCode(200).extract()
                .jsonPath().getList("clients.clientId", String.class);

        try (Connection connection = database.getConnection();
                ResultSet audit = connection.createStatement().executeQuery("""
                        select action, client_id, client_ids from ips_audit
                        where action = 'read-my-caseload' order by id desc limit 1""");
                ResultSet shipped = connection.createStatement().executeQuery("""
                        select convert_from(data, 'UTF8') from ips_outbox
                        where ce_type = 'no.ipsbridge.audit.list-access-recorded.v1' order by id desc limit 1""")) {
            assertThat(audit.next()).isTrue();
            assertThat(audit.getObject("client_id")).isNull();
            assertThat(Arrays.stream((Object[]) audit.getArray("client_ids").getArray()).map(Object::toString))
                    .containsExactlyInAnyOrderElementsOf(shown);
            assertThat(shipped.next()).isTrue();
            assertThat(shipped.getString(1)).contains(shown).doesNotContain("specialist.bergen");
        }
    }

    @Test
    void aFaceToFaceEmployerContactFromThePlacementsServiceClearsWhatWasDue() {
        Fixtures.registered(Fixtures.SPECIALIST_BERGEN);
        UUID client = Fixtures.enrolledClient(Fixtures.SPECIALIST_BERGEN, IpsCalendar.today().minusDays(12));
        as("specialist.bergen").body(Map.of("clientId", client))
                .post("/api/specialists/{id}/caseload", Fixtures.SPECIALIST_BERGEN).then().statusCode(201);
        String item = "clients.find { it.clientId == '%s' }".formatted(client);
        as("specialist.bergen").get("/api/me/caseload").then().body(item + ".due.size()", equalTo(1));

        EventPublisher.publish("/ips-bridge/placements", new EmployerContactLogged(UUID.randomUUID(),
                UUID.randomUUID(), Fixtures.SPECIALIST_BERGEN, IpsCalendar.today().minusDays(2), true,
                ContactPurpose.PRESENTING_CANDIDATE, List.of(client)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("specialist.bergen").get("/api/me/caseload")
                .then().body(item + ".daysSinceLastEmployerContact", equalTo(2)).body(item + ".due.size()", equalTo(0)));
    }

    @Test
    void aJobStartWithoutBenefitsCounsellingIsDueUntilTheCounsellingIsRecorded() {
        Fixtures.registered(Fixtures.SPECIALIST_BERGEN);
        LocalDate today = IpsCalendar.today();
        UUID client = Fixtures.enrolledClient(Fixtures.SPECIALIST_BERGEN, today.minusDays(40));
        as("specialist.bergen").body(Map.of("clientId", client))
                .post("/api/specialists/{id}/caseload", Fixtures.SPECIALIST_BERGEN).then().statusCode(201);
        Fixtures.publish(new ClientStatusChanged(client, ClientStatus.ENROLLED, ClientStatus.EMPLOYED, today));
        EventPublisher.publish("/ips-bridge/placements", new JobStarted(UUID.randomUUID(), client, UUID.randomUUID(),
                today.minusDays(1), 20, "5120", true, true));
        String kinds = "clients.find { it.clientId == '%s' }.due.kind".formatted(client);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("specialist.bergen").get("/api/me/caseload")
                .then().body(kinds, hasItem("BENEFITS_COUNSELLING")));

        EventPublisher.publish("/ips-bridge/placements", new BenefitsCounsellingGiven(UUID.randomUUID(), client,
                today, CounselledBy.NAV_COUNSELLOR, List.of(BenefitsTopic.EARNINGS_AND_BENEFITS), null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("specialist.bergen").get("/api/me/caseload")
                .then().body(kinds, not(hasItem("BENEFITS_COUNSELLING"))).body(kinds, hasItem("FOLLOW_ALONG_CONTACT")));
    }

    @Test
    void onlySpecialistsHaveAMobileDay() {
        as("clinician.bergen").get("/api/me/caseload").then().statusCode(403);
        as("counsellor.bergen").body(Map.of("kind", "COMMUNITY", "minutes", 30)).post("/api/me/activities")
                .then().statusCode(403);
    }

    @Test
    void timeIsLoggedOncePerTapAndSummedByWhereItWasSpent() {
        Fixtures.registered(Fixtures.SPECIALIST_BERGEN);
        String day = "2026-11-02";
        String key = UUID.randomUUID().toString();
        Map<String, Object> field = Map.of("on", day, "kind", "COMMUNITY", "minutes", 120, "clientIds", List.of());
        as("specialist.bergen").header("Idempotency-Key", key).body(field).post("/api/me/activities")
                .then().statusCode(201);
        as("specialist.bergen").header("Idempotency-Key", key).body(field).post("/api/me/activities")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        as("specialist.bergen").body(Map.of("on", day, "kind", "OFFICE", "minutes", 60)).post("/api/me/activities")
                .then().statusCode(201);
        as("specialist.bergen").body(Map.of("on", day, "kind", "NAV_MEETING", "minutes", 45)).post("/api/me/activities")
                .then().statusCode(201);

        as("specialist.bergen").queryParam("from", day).queryParam("to", day).get("/api/me/activities")
                .then().statusCode(200)
                .body("minutesInCommunity", equalTo(120))
                .body("minutesTotal", equalTo(180))
                .body("navMeetings", equalTo(1))
                .body("activities.size()", equalTo(3));

        as("specialist.bergen").body(Map.of("kind", "COMMUNITY", "minutes", 0)).post("/api/me/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("minutes"));
        as("specialist.bergen").queryParam("to", "null").get("/api/me/activities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        as("specialist.bergen").queryParam("from", "2026-13-01").get("/api/me/nav-contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void anActivityNamesOnlyClientsOnTheSpecialistsOwnCaseloadThatDay() {
        Fixtures.registered(Fixtures.SPECIALIST_BERGEN);
        Fixtures.registered(Fixtures.SPECIALIST2_BERGEN);
        UUID own = Fixtures.enrolledClient(Fixtures.SPECIALIST_BERGEN, IpsCalendar.today().minusDays(10));
        as("specialist.bergen").body(Map.of("clientId", own)).post("/api/specialists/{id}/caseload",
                Fixtures.SPECIALIST_BERGEN).then().statusCode(201);
        UUID colleagues = Fixtures.enrolledClient(Fixtures.SPECIALIST2_BERGEN, IpsCalendar.today().minusDays(10));
        as("specialist2.bergen").body(Map.of("clientId", colleagues)).post("/api/specialists/{id}/caseload",
                Fixtures.SPECIALIST2_BERGEN).then().statusCode(201);

        as("specialist.bergen").body(Map.of("kind", "COMMUNITY", "minutes", 60, "clientIds", List.of(colleagues)))
                .post("/api/me/activities").then().statusCode(422).body("errors[0].field", equalTo("clientIds"));
        as("specialist.bergen").body(Map.of("kind", "COMMUNITY", "minutes", 60, "clientIds", List.of(own),
                        "on", IpsCalendar.today().minusDays(1).toString()))
                .post("/api/me/activities").then().statusCode(422);
        as("specialist.bergen").body("{\"kind\":\"COMMUNITY\",\"minutes\":60,\"clientIds\":[null]}")
                .post("/api/me/activities").then().statusCode(400).body("errors[0].field", equalTo("clientIds[0]"));
        as("specialist.bergen").body(Map.of("kind", "COMMUNITY", "minutes", 60, "clientIds", List.of(own)))
                .post("/api/me/activities").then().statusCode(201);
    }

    @Test
    void aFieldTheActivityDoesNotDefineIsRefusedNamingIt() {
        Fixtures.registered(Fixtures.SPECIALIST_BERGEN);
        as("specialist.bergen").body(Map.of("kind", "COMMUNITY", "minutes", 30, "durationMinutes", 30))
                .post("/api/me/activities").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("durationMinutes"));
    }
}
