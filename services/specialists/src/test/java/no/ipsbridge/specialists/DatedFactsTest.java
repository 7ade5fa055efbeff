package no.ipsbridge.specialists;

import static no.ipsbridge.specialists.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.EventSchemas;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.specialists.NavContactLogged;
import no.ipsbridge.events.specialists.WorkingFractionChanged;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.TopicReader;

/** Who serves whom, and how much, from the day it took effect, however late it is entered. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "specialists"), @ResourceArg(name = "keycloak", value = "true") })
class DatedFactsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anAssignmentEnteredLateKeepsItsDayAndTheReleaseItsOwn() {
        String specialist = Fixtures.registered(UUID.randomUUID().toString());
        LocalDate today = IpsCalendar.today();
        UUID client = Fixtures.enrolledClient(specialist, today.minusDays(60));

        as("lead.bergen").body(Map.of("clientId", client, "assignedOn", today.plusDays(1).toString()))
                .post("/api/specialists/{id}/caseload", specialist).then().statusCode(400)
                .body("errors[0].field", equalTo("assignedOn"));
        as("lead.bergen").body(Map.of("clientId", client, "assignedOn", today.minusDays(61).toString()))
                .post("/api/specialists/{id}/caseload", specialist).then().statusCode(400)
                .body("errors[0].field", equalTo("assignedOn"));
        as("lead.bergen").body(Map.of("clientId", client, "assignedOn", today.minusDays(50).toString()))
                .post("/api/specialists/{id}/caseload", specialist).then().statusCode(201)
                .body("assignedOn", equalTo(today.minusDays(50).toString()));

        as("lead.bergen").body(Map.of("releasedOn", today.minusDays(51).toString()))
                .post("/api/specialists/{id}/caseload/{client}/release", specialist, client).then().statusCode(400)
                .body("errors[0].field", equalTo("releasedOn"));
        as("lead.bergen").body(Map.of("releasedOn", today.minusDays(20).toString()))
                .post("/api/specialists/{id}/caseload/{client}/release", specialist, client).then().statusCode(204);

        var events = TopicReader.await(Topics.SPECIALISTS, r -> client.toString().equals(r.key()), 2, PATIENCE);
        assertThat(new String(events.get(0).value())).contains("\"assignedOn\":\"" + today.minusDays(50) + "\"");
        assertThat(new String(events.get(1).value())).contains("\"releasedOn\":\"" + today.minusDays(20) + "\"");

        // Back on a caseload: not before the day they left the last one.
        as("lead.bergen").body(Map.of("clientId", client, "assignedOn", today.minusDays(21).toString()))
                .post("/api/specialists/{id}/caseload", specialist).then().statusCode(400)
                .body("errors[0].field", equalTo("assignedOn"));
        as("lead.bergen").body(Map.of("clientId", client)).post("/api/specialists/{id}/caseload", specialist)
                .then().statusCode(201).body("assignedOn", equalTo(today.toString()));
    }

    @Test
    void aWorkingFractionIsAHistoryFromTheDayItTookEffect() {
        String specialist = UUID.randomUUID().toString();
        LocalDate today = IpsCalendar.today();
        as("lead.bergen").body(Map.of("userId", specialist, "displayName", "Part Time", "agency", "NAV",
                "org", "nav-bergen", "healthTrust", "helse-bergen", "workingFraction", 0.6,
                "startedOn", today.minusDays(100).toString()))
                .post("/api/specialists").then().statusCode(201)
                .body("registeredOn", equalTo(today.minusDays(100).toString()));
        as("lead.bergen").body(Map.of("workingFraction", 1.0, "effectiveOn", today.minusDays(101).toString()))
                .post("/api/specialists/{id}/working-fraction", specialist).then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"));
        as("specialist.bergen").body(Map.of("workingFraction", 1.0))
                .post("/api/specialists/{id}/working-fraction", specialist).then().statusCode(403);
        as("lead.bergen").body(Map.of("workingFraction", 1.0, "effectiveOn", today.minusDays(30).toString()))
                .post("/api/specialists/{id}/working-fraction", specialist).then().statusCode(200)
                .body("workingFraction", equalTo(1.0f))
                .body("workingFractions", hasSize(2))
                .body("workingFractions[0].workingFraction", equalTo(0.6f))
                .body("workingFractions[1].effectiveOn", equalTo(today.minusDays(30).toString()));

        var changed = TopicReader.await(Topics.SPECIALISTS, r -> specialist.equals(r.key())
                && "no.ipsbridge.specialist.working-fraction-changed.v1".equals(TopicReader.header(r, "ce_type")),
                1, PATIENCE).getFirst();
        assertThat(EventSchemas.violations(WorkingFractionChanged.class, changed.value())).isEmpty();
        assertThat(new String(changed.value())).contains("\"effectiveOn\":\"" + today.minusDays(30) + "\"");
    }

    @Test
    void aContactWithNavIsLoggedOnItsOwnDayAndNamesOnlyOwnClients() {
        String specialist = Fixtures.registered(Fixtures.SPECIALIST_BERGEN);
        LocalDate today = IpsCalendar.today();
        UUID own = Fixtures.enrolledClient(specialist, today.minusDays(30));
        as("specialist.bergen").body(Map.of("clientId", own, "assignedOn", today.minusDays(20).toString()))
                .post("/api/specialists/{id}/caseload", specialist).then().statusCode(201);
        UUID other = Fixtures.enrolledClient(Fixtures.SPECIALIST2_BERGEN, today.minusDays(30));

        as("specialist.bergen").body(Map.of("contactedOn", today.minusDays(4).toString(), "scheduled", true,
                "faceToFace", true, "clientIds", List.of(other))).post("/api/me/nav-contacts").then().statusCode(422)
                .body("errors[0].field", equalTo("clientIds"));
        as("specialist.bergen").body(Map.of("contactedOn", today.minusDays(25).toString(), "scheduled", true,
                "faceToFace", true, "clientIds", List.of(own))).post("/api/me/nav-contacts").then().statusCode(422);
        as("specialist.bergen").body(Map.of("contactedOn", today.plusDays(1).toString(), "scheduled", false,
                "faceToFace", false)).post("/api/me/nav-contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("contactedOn"));
        as("specialist.bergen").body(Map.of("scheduled", false)).post("/api/me/nav-contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("faceToFace"));
        as("counsellor.bergen").body(Map.of("scheduled", false, "faceToFace", false)).post("/api/me/nav-contacts")
                .then().statusCode(403);

        String id = as("specialist.bergen").body(Map.of("contactedOn", today.minusDays(4).toString(),
                        "scheduled", true, "faceToFace", true, "clientIds", List.of(own)))
                .post("/api/me/nav-contacts").then().statusCode(201)
                .body("contactedOn", equalTo(today.minusDays(4).toString())).extract().path("id");
        as("specialist.bergen").get("/api/me/nav-contacts").then().statusCode(200).body("id", hasItem(id));

        var logged = TopicReader.await(Topics.SPECIALISTS, r -> Fixtures.SPECIALIST_BERGEN.equals(r.key())
                && "no.ipsbridge.specialist.nav-contact-logged.v1".equals(TopicReader.header(r, "ce_type"))
                && new String(r.value()).contains(id), 1, PATIENCE).getFirst();
        assertThat(EventSchemas.violations(NavContactLogged.class, logged.value())).isEmpty();
    }
}
