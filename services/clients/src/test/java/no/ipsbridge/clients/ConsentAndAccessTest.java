package no.ipsbridge.clients;

import static io.restassured.RestAssured.given;
import static no.ipsbridge.clients.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.audit.ListAccessRecorded;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class ConsentAndAccessTest {

    @Test
    void aNavCounsellorSeesAClientOnlyWhileTheClientConsentsToSharingWithNav() {
        UUID client = Api.enrolledNew();
        as("counsellor.bergen").get("/api/clients/{id}", client).then().statusCode(403)
                .body("type", equalTo("https://ipsbridge.no/problems/consent-required"));
        assertThat(listedIdsFor("counsellor.bergen")).doesNotContain(client.toString());

        String consent = as("clinician.bergen").body(Map.of("direction", "HEALTH_TO_NAV"))
                .post("/api/clients/{id}/consents", client).then().statusCode(201)
                .header("Location", notNullValue())
                .body("inForce", equalTo(true)).extract().path("id");
        as("counsellor.bergen").get("/api/clients/{id}", client).then().statusCode(200);
        assertThat(listedIdsFor("counsellor.bergen")).contains(client.toString());

        as("specialist.bergen").body(Map.of()).post("/api/clients/{id}/consents/{c}/withdrawal", client, consent)
                .then().statusCode(200).body("inForce", equalTo(false));
        as("counsellor.bergen").get("/api/clients/{id}", client).then().statusCode(403);
        assertThat(listedIdsFor("counsellor.bergen")).doesNotContain(client.toString());

        var events = TopicReader.await(Topics.CLIENTS, r -> client.toString().equals(r.key())
                && TopicReader.header(r, "ce_type").startsWith("no.ipsbridge.client.consent"), 2, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "no.ipsbridge.client.consent-given.v1", "no.ipsbridge.client.consent-withdrawn.v1");
        assertThat(new String(events.get(1).value())).contains(consent, "HEALTH_TO_NAV");
    }

    @Test
    void aConsentIsGivenOncePerDirectionAndWithdrawnOnce() {
        UUID client = Api.enrolledNew();
        String consent = as("specialist.bergen").body(Map.of("direction", "NAV_TO_HEALTH"))
                .post("/api/clients/{id}/consents", client).then().statusCode(201).extract().path("id");
        as("specialist.bergen").body(Map.of("direction", "NAV_TO_HEALTH"))
                .post("/api/clients/{id}/consents", client).then().statusCode(409);
        as("specialist.bergen").body(Map.of()).post("/api/clients/{id}/consents/{c}/withdrawal", client, consent)
                .then().statusCode(200);
        as("specialist.bergen").body(Map.of()).post("/api/clients/{id}/consents/{c}/withdrawal", client, consent)
                .then().statusCode(409);
        as("specialist.bergen").get("/api/clients/{id}/consents", client).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].withdrawnAt", notNullValue());
        as("counsellor.bergen").body(Map.of("direction", "HEALTH_TO_NAV"))
                .post("/api/clients/{id}/consents", client).then().statusCode(403);
        as("specialist.bergen").body(Map.of("direction", "SIDEWAYS"))
                .post("/api/clients/{id}/consents", client).then().statusCode(400)
                .body("errors[0].field", equalTo("direction"));
    }

    @Test
    void oneHealthTrustNeverSeesAnothersClients() {
        UUID client = Api.referNew();
        as("clinician.oslo").get("/api/clients/{id}", client).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(listedIdsFor("clinician.oslo")).doesNotContain(client.toString());
        assertThat(listedIdsFor("clinician.bergen")).contains(client.toString());
    }

    @Test
    void managersAndPartnersSeeNoPersons() {
        as("manager.bergen").get("/api/clients").then().statusCode(403);
        UUID client = Api.referNew();
        as("manager.bergen").get("/api/clients/{id}", client).then().statusCode(403);
    }

    @Test
    void theCareerProfileIsReplacedOnlyAgainstTheVersionLastRead() {
        UUID client = Api.enrolledNew();
        String etag = as("specialist.bergen").get("/api/clients/{id}/career-profile", client)
                .then().statusCode(200).body("disclosure", equalTo("UNDECIDED")).extract().header("ETag");
        Map<String, Object> profile = Map.of("jobPreferences", "Outdoor work", "preferredOccupationCodes",
                List.of("5164"), "hoursPerWeekWanted", 20, "wantsEducation", false, "disclosure", "PARTIAL",
                "notToShareWithEmployer", "Hospital stays");

        as("specialist.bergen").body(profile).put("/api/clients/{id}/career-profile", client).then().statusCode(428);
        String next = as("specialist.bergen").header("If-Match", etag).body(profile)
                .put("/api/clients/{id}/career-profile", client).then().statusCode(200)
                .body("disclosure", equalTo("PARTIAL")).extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        as("specialist.bergen").header("If-Match", etag).body(profile)
                .put("/api/clients/{id}/career-profile", client).then().statusCode(412);
        as("specialist.bergen").header("If-Match", next).body(Map.of("disclosure", "FULL", "hoursPerWeekWanted", 90))
                .put("/api/clients/{id}/career-profile", client).then().statusCode(400)
                .body("errors.field", hasItem("hoursPerWeekWanted"));

        var event = TopicReader.await(Topics.CLIENTS, r -> client.toString().equals(r.key()) && TopicReader
                .header(r, "ce_type").equals("no.ipsbridge.client.career-profile-updated.v1"), 1, Duration.ofSeconds(30))
                .getFirst();
        assertThat(new String(event.value())).contains("5164").doesNotContain("Outdoor", "Hospital");

        // An assessment entered late keeps its day; none before the referral, none in the future.
        LocalDate today = IpsCalendar.today();
        Map<String, Object> dated = new HashMap<>(profile);
        dated.put("updatedOn", today.plusDays(1).toString());
        as("specialist.bergen").header("If-Match", next).body(dated).put("/api/clients/{id}/career-profile", client)
                .then().statusCode(400).body("errors[0].field", equalTo("updatedOn"));
        dated.put("updatedOn", today.minusYears(1).toString());
        as("specialist.bergen").header("If-Match", next).body(dated).put("/api/clients/{id}/career-profile", client)
                .then().statusCode(400).body("errors[0].field", equalTo("updatedOn"));
        dated.put("updatedOn", today.toString());
        as("specialist.bergen").header("If-Match", next).body(dated).put("/api/clients/{id}/career-profile", client)
                .then().statusCode(200).body("updatedOn", equalTo(today.toString()));
        var v2 = TopicReader.await(Topics.CLIENTS, r -> client.toString().equals(r.key()) && TopicReader
                .header(r, "ce_type").equals("no.ipsbridge.client.career-profile-updated.v2"), 2,
                Duration.ofSeconds(30)).getLast();
        assertThat(new String(v2.value())).contains("\"updatedOn\":\"" + today + "\"");
    }

    @Test
    void everyReadOfAClientIsInItsAuditTrail() {
        UUID client = Api.referNew();
        as("clinician.bergen").get("/api/clients/{id}", client).then().statusCode(200);
        as("clinician.oslo").get("/api/clients/{id}", client).then().statusCode(404);

        as("lead.bergen").get("/api/clients/{id}/audit", client).then().statusCode(200)
                .body("items.action", hasItem("refer"))
                .body("items.action", hasItem("read-client"))
                .body("items.actorName", hasItem("clinician.bergen"))
                .body("items.actorName", not(hasItem("clinician.oslo")))
                .body("items[0].action", equalTo("read-audit-trail"));
        as("clinician.bergen").get("/api/clients/{id}/audit", client).then().statusCode(403);
    }

    @Test
    void aListShownIsOneEntryInTheTrailOfEveryClientItShowed() {
        UUID first = Api.referNew();
        UUID second = Api.referNew();
        as("clinician.bergen").queryParam("limit", 200).get("/api/clients").then().statusCode(200)
                .body("items.id", hasItem(first.toString())).body("items.id", hasItem(second.toString()));
        EventPublisher.publish("/ips-bridge/specialists", new ListAccessRecorded(List.of(first, second),
                Instant.now(), "5f0c1a2e-0001-4c3a-9a10-000000000001", "NAV", "nav-bergen", "read-my-caseload",
                "own caseload"));

        for (UUID client : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("lead.bergen")
                    .get("/api/clients/{id}/audit", client).then().statusCode(200)
                    .body("items.findAll { it.action == 'list-clients' }.actorName", hasItem("clinician.bergen"))
                    .body("items.find { it.action == 'read-my-caseload' }.service", equalTo("specialists"))
                    .body("items.find { it.action == 'read-my-caseload' }.clientId", equalTo(client.toString())));
        }
    }

    @Test
    void listsArePagedWithACursor() {
        for (int i = 0; i < 3; i++) {
            Api.referNew();
        }
        var first = as("clinician.bergen").queryParam("limit", 2).get("/api/clients").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract();
        String next = first.path("next");
        List<String> second = as("clinician.bergen").queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/clients").then().statusCode(200).extract().path("items.id");
        assertThat(second).doesNotContainAnyElementsOf(first.<List<String>>path("items.id"));
        as("clinician.bergen").queryParam("limit", 0).get("/api/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("clinician.bergen").queryParam("cursor", "???").get("/api/clients").then().statusCode(400);
    }

    @Test
    void aMalformedIdIsBadInput() {
        as("clinician.bergen").get("/api/clients/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().get("/api/clients").then().statusCode(401);
    }

    private static List<String> listedIdsFor(String user) {
        return as(user).queryParam("limit", 200).get("/api/clients").then().statusCode(200).extract().path("items.id");
    }
}
