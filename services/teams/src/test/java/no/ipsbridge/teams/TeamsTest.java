package no.ipsbridge.teams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.events.EventSchemas;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.protection.AddressProtection;
import no.ipsbridge.events.protection.ProtectionChanged;
import no.ipsbridge.events.teams.MeetingHeldV2;
import no.ipsbridge.events.teams.TeamCreated;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.Tokens;
import no.ipsbridge.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "teams"), @ResourceArg(name = "keycloak", value = "true") })
class TeamsTest {

    private static final String SPECIALIST_BERGEN = "5f0c1a2e-0001-4c3a-9a10-000000000001";
    private static final String CLINICIAN_BERGEN = "5f0c1a2e-0003-4c3a-9a10-000000000003";

    @Test
    void aTeamLeadSetsUpATeamThatOnlyTheirOwnTrustSees() {
        UUID team = newTeam();
        as("clinician.bergen").get("/api/teams/{id}", team).then().statusCode(200).body("healthTrust", equalTo("helse-bergen"));
        as("clinician.oslo").get("/api/teams/{id}", team).then().statusCode(404);
        as("clinician.oslo").get("/api/teams").then().statusCode(200).body("id", not(hasItem(team.toString())));
        as("clinician.bergen").body(Map.of("name", "Another team", "kind", "OUTPATIENT")).post("/api/teams")
                .then().statusCode(403);
        as("lead.bergen").body(Map.of("name", "No kind")).post("/api/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as("lead.bergen").body(Map.of("name", "Named", "kind", "OUTPATIENT", "healthTrust", "ous")).post("/api/teams")
                .then().statusCode(400).body("errors[0].field", equalTo("healthTrust"));

        var created = TopicReader.await(Topics.TEAMS, r -> team.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(TeamCreated.class, created.getFirst().value())).isEmpty();
    }

    @Test
    void aSpecialistIsAttachedToAtMostTwoTeams() {
        String specialist = UUID.randomUUID().toString();
        UUID first = newTeam();
        UUID second = newTeam();
        UUID third = newTeam();
        attach(first, specialist).then().statusCode(201).body("specialistIds", hasItem(specialist));
        attach(second, specialist).then().statusCode(201);
        attach(third, specialist).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipsbridge.no/problems/specialist-team-limit"));
        attach(first, specialist).then().statusCode(409).body("type", equalTo("https://ipsbridge.no/problems/already-attached"));

        as("lead.bergen").post("/api/teams/{id}/specialists/{s}/detachment", first, specialist).then().statusCode(204);
        attach(third, specialist).then().statusCode(201);
    }

    @Test
    void aMeetingCountsTheSpecialistsAttachedOnItsDayWhicheverWasEnteredFirst() {
        UUID team = newTeam();
        String specialist = UUID.randomUUID().toString();
        LocalDate today = IpsCalendar.today();
        // The meeting is entered before the team lead enters the attachment, back-dated, that it depends on.
        String attended = meeting(team, today.minusDays(10), specialist).then().statusCode(201)
                .body("specialistAttended", equalTo(false)).extract().path("id");
        as("lead.bergen").body(Map.of("specialistId", specialist, "attachedOn", today.plusDays(1).toString()))
                .post("/api/teams/{id}/specialists", team).then().statusCode(400)
                .body("errors[0].field", equalTo("attachedOn"));
        as("lead.bergen").body(Map.of("specialistId", specialist, "attachedOn", today.minusDays(30).toString()))
                .post("/api/teams/{id}/specialists", team).then().statusCode(201);

        meeting(team, today.minusDays(40), specialist).then().statusCode(201)
                .body("specialistAttended", equalTo(false));
        as("lead.bergen").get("/api/teams/{id}/meetings", team).then().statusCode(200)
                .body("find { it.id == '" + attended + "' }.specialistAttended", equalTo(true));

        as("lead.bergen").body(Map.of("endedOn", today.minusDays(31).toString()))
                .post("/api/teams/{id}/specialists/{s}/detachment", team, specialist).then().statusCode(400)
                .body("errors[0].field", equalTo("endedOn"));
        as("lead.bergen").body(Map.of("endedOn", today.minusDays(5).toString()))
                .post("/api/teams/{id}/specialists/{s}/detachment", team, specialist).then().statusCode(204);
        meeting(team, today.minusDays(3), specialist).then().statusCode(201).body("specialistAttended", equalTo(false));

        var v2 = TopicReader.await(Topics.TEAMS, r -> team.toString().equals(r.key())
                && "no.ipsbridge.team.meeting-held.v2".equals(TopicReader.header(r, "ce_type"))
                && new String(r.value()).contains(attended), 1, Duration.ofSeconds(30)).getFirst();
        assertThat(EventSchemas.violations(MeetingHeldV2.class, v2.value())).isEmpty();
        assertThat(new String(v2.value())).contains("\"attendeeIds\":[\"" + specialist + "\",\"" + CLINICIAN_BERGEN
                + "\"]");
        var detached = TopicReader.await(Topics.TEAMS, r -> team.toString().equals(r.key())
                && "no.ipsbridge.team.specialist-detached.v1".equals(TopicReader.header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).getFirst();
        assertThat(new String(detached.value())).contains("\"detachedOn\":\"" + today.minusDays(5) + "\"");
    }

    @Test
    void aMeetingWithAnEmptyAttendeeOrClientIsRefusedNamingIt() {
        UUID team = newTeam();
        as("lead.bergen").body("{\"heldOn\":\"" + IpsCalendar.today() + "\",\"attendeeIds\":[\"\"]}")
                .post("/api/teams/{id}/meetings", team).then().statusCode(400)
                .body("errors[0].field", equalTo("attendeeIds[0]"));
        as("lead.bergen").body("{\"heldOn\":\"" + IpsCalendar.today() + "\",\"attendeeIds\":[\"" + CLINICIAN_BERGEN
                + "\"],\"clientIdsDiscussed\":[null]}").post("/api/teams/{id}/meetings", team).then().statusCode(400)
                .body("errors[0].field", equalTo("clientIdsDiscussed[0]"));
        as("lead.bergen").get("/api/teams/{id}/meetings", team).then().statusCode(200).body("size()", equalTo(0));
    }

    private static io.restassured.response.Response meeting(UUID team, LocalDate heldOn, String attendee) {
        return as("lead.bergen").body(Map.of("heldOn", heldOn.toString(),
                "attendeeIds", List.of(attendee, CLINICIAN_BERGEN))).post("/api/teams/{id}/meetings", team);
    }

    @Test
    void aMeetingRecordsWhetherTheAttachedSpecialistCame() {
        UUID team = newTeam();
        as("lead.bergen").body(Map.of("clinicianId", CLINICIAN_BERGEN)).post("/api/teams/{id}/clinicians", team)
                .then().statusCode(201).body("clinicianIds", hasItem(CLINICIAN_BERGEN));
        attach(team, SPECIALIST_BERGEN).then().statusCode(201);
        UUID client = UUID.randomUUID();

        as("specialist.bergen").body(Map.of("heldOn", IpsCalendar.today().toString(),
                "attendeeIds", List.of(SPECIALIST_BERGEN, CLINICIAN_BERGEN), "clientIdsDiscussed", List.of(client)))
                .post("/api/teams/{id}/meetings", team).then().statusCode(201).body("specialistAttended", equalTo(true));
        as("clinician.bergen").body(Map.of("heldOn", IpsCalendar.today().toString(), "attendeeIds", List.of(CLINICIAN_BERGEN)))
                .post("/api/teams/{id}/meetings", team).then().statusCode(201).body("specialistAttended", equalTo(false));
        as("clinician.oslo").body(Map.of("heldOn", IpsCalendar.today().toString(), "attendeeIds", List.of("x")))
                .post("/api/teams/{id}/meetings", team).then().statusCode(404);
        as("specialist.bergen").get("/api/teams").then().body("id", hasItem(team.toString()));

        as("lead.bergen").get("/api/teams/{id}/employment-orientation", team).then().statusCode(200)
                .body("meetings", equalTo(2))
                .body("meetingsWithSpecialist", equalTo(1))
                .body("specialistAttendanceRate", equalTo(0.5f))
                .body("clientsDiscussed", equalTo(1));
        as("lead.bergen").get("/api/teams/{id}/meetings", team).then().statusCode(200).body("size()", equalTo(2));
        TopicReader.await(Topics.TEAMS, r -> team.toString().equals(r.key())
                && "no.ipsbridge.team.meeting-held.v1".equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(30));
    }

    @Test
    void aShieldedClientIsNotNamedInMeetingsReadOutsideTheHealthTrust() {
        UUID team = newTeam();
        attach(team, SPECIALIST_BERGEN).then().statusCode(201);
        UUID shielded = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        as("lead.bergen").body(Map.of("heldOn", IpsCalendar.today().toString(), "attendeeIds",
                List.of(SPECIALIST_BERGEN), "clientIdsDiscussed", List.of(shielded, other)))
                .post("/api/teams/{id}/meetings", team).then().statusCode(201);
        as("specialist.bergen").get("/api/teams/{id}/meetings", team).then().statusCode(200)
                .body("[0].clientIdsDiscussed", hasItem(shielded.toString()));

        EventPublisher.publish("/ips-bridge/clients", new ProtectionChanged(shielded, AddressProtection.NONE, true,
                null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("specialist.bergen")
                .get("/api/teams/{id}/meetings", team).then().statusCode(200)
                .body("[0].clientIdsDiscussed", not(hasItem(shielded.toString())))
                .body("[0].clientIdsDiscussed", hasItem(other.toString())));
        as("lead.bergen").get("/api/teams/{id}/meetings", team).then().statusCode(200)
                .body("[0].clientIdsDiscussed", hasItem(shielded.toString()));
    }

    @Test
    void referralsNamingTheTeamAreCountedPerMonthOnceEach() {
        UUID team = newTeam();
        ProducerRecord<String, byte[]> referral = EventPublisher.publish("/ips-bridge/clients", new ClientReferred(
                UUID.randomUUID(), Instant.now(), "HEALTH", "helse-bergen", "nav-bergen", team, IpsVariant.IPS, false));
        EventPublisher.send(new ProducerRecord<>(referral.topic(), null, referral.key(), referral.value(),
                referral.headers()));
        EventPublisher.publish("/ips-bridge/clients", new ClientReferred(UUID.randomUUID(), Instant.now(), "HEALTH",
                "helse-bergen", "nav-bergen", team, IpsVariant.IPS_UNG, false));

        String month = YearMonth.now(IpsCalendar.ZONE).toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("lead.bergen")
                .get("/api/teams/{id}/employment-orientation", team).then().statusCode(200)
                .body("referralsPerMonth.find { it.month == '%s' }.referrals".formatted(month), equalTo(2)));
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON);
    }

    private static UUID newTeam() {
        return UUID.fromString(as("lead.bergen").body(Map.of("name", "Team " + UUID.randomUUID(), "kind", "FACT"))
                .post("/api/teams").then().statusCode(201).extract().path("id"));
    }

    private static io.restassured.response.Response attach(UUID team, String specialist) {
        return as("lead.bergen").body(Map.of("specialistId", specialist)).post("/api/teams/{id}/specialists", team);
    }
}
