package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * Protected persons through every service: a shielded client (who works at NAV Bergen) does not exist for NAV
 * colleagues who are not assigned to them, and a client with a protected address has their contact and location
 * data shown only to their specialist and treatment team. The clients are OUS's, followed by NAV Bergen, so the
 * suppressed small cells they cause fall on OUS's reports and no other test's.
 */
@ExtendWith(SystemUnderTest.class)
class ProtectionTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(15);
    /** specialist3.bergen serves this class's clients, so that specialist.bergen's caseload stays under 20. */
    private static final String SPECIALIST = "specialist3.bergen";
    private static final String SPECIALIST3_BERGEN = "5f0c1a2e-0008-4c3a-9a10-000000000008";
    private static final String COUNSELLOR2_BERGEN = "5f0c1a2e-000a-4c3a-9a10-00000000000a";
    private static final String PHONE = "+47 912 34 567";
    private static final String EMAIL = "beskyttet@example.invalid";
    private static String employer;

    @BeforeAll
    static void specialistAndEmployer() {
        as("lead.bergen", "specialists").body(Map.of("userId", SPECIALIST3_BERGEN, "displayName", "Sofie Spesialist",
                "agency", "NAV", "org", "nav-bergen", "healthTrust", "helse-bergen", "workingFraction", 0.6))
                .header("Idempotency-Key", "system-tests-roster-3").post("/api/specialists").then().statusCode(201);
        employer = as(SPECIALIST, "placements").body(Map.of("organisationNumber", "998877660",
                "name", "Skjermet Arbeidsplass AS", "naceCode", "47.110", "municipality", "Bergen"))
                .post("/api/employers").then().statusCode(201).extract().path("id");
    }

    @Test
    void aShieldedClientDoesNotExistForNavColleaguesWhoAreNotAssigned() {
        UUID client = onCaseloadWithConsent(Map.of());
        // Before the mark, a counsellor of the office sees the client: the test below can fail.
        await().atMost(PROPAGATION).untilAsserted(() -> sees("counsellor.bergen", client, true));

        as("counsellor2.bergen", "clients").body(shielded()).put("/api/clients/{id}/protection", client).then()
                .statusCode(403);
        as(SPECIALIST, "clients").body(shielded()).put("/api/clients/{id}/protection", client).then()
                .statusCode(200);

        await().atMost(PROPAGATION).untilAsserted(() -> {
            sees("counsellor.bergen", client, false);
            sees("lead.nav-bergen", client, false);
            sees("counsellor2.bergen", client, true);
        });
        as("specialist2.bergen", "clients").get("/api/clients/{id}", client).then().statusCode(404);
        as(SPECIALIST, "clients").get("/api/clients/{id}", client).then().statusCode(200);
        as("clinician.oslo", "clients").get("/api/clients/{id}", client).then().statusCode(200);
        assertThat(listed("counsellor.bergen")).doesNotContain(client.toString());
        assertThat(listed("counsellor2.bergen")).contains(client.toString());
        as("counsellor.bergen", "clients").body(shielded()).put("/api/clients/{id}/protection", client).then()
                .statusCode(404);
        as("lead.nav-bergen", "specialists").body(Map.of())
                .post("/api/specialists/{s}/caseload/{c}/release", SPECIALIST3_BERGEN, client).then().statusCode(404);

        as(SPECIALIST, "clients").body(Map.of("addressProtection", "NONE", "shielded", false))
                .put("/api/clients/{id}/protection", client).then().statusCode(200);
        await().atMost(PROPAGATION).untilAsserted(() -> sees("counsellor.bergen", client, true));
    }

    @Test
    void aProtectedClientsContactAndWorkplaceReachOnlyTheSpecialistAndTheTreatmentTeam() {
        UUID client = onCaseloadWithConsent(Map.of("addressProtection", "STRENGT_FORTROLIG", "shielded", false));
        startsWork(client);

        for (String insider : List.of(SPECIALIST, "clinician.oslo")) {
            JsonPath seen = as(insider, "clients").get("/api/clients/{id}", client).then().statusCode(200).extract()
                    .jsonPath();
            assertThat(seen.getString("phone")).as(insider).isEqualTo(PHONE);
            assertThat(seen.getString("email")).as(insider).isEqualTo(EMAIL);
            assertThat(as(insider, "placements").get("/api/clients/{id}/placements", client).then().statusCode(200)
                    .extract().jsonPath().getString("jobs[0].employerId")).as(insider).isEqualTo(employer);
        }
        await().atMost(PROPAGATION).untilAsserted(() -> as("counsellor.bergen", "placements")
                .get("/api/clients/{id}/placements", client).then().statusCode(200));
        for (String outsider : List.of("counsellor.bergen", "lead.nav-bergen")) {
            String record = as(outsider, "clients").get("/api/clients/{id}", client).then().statusCode(200)
                    .extract().asString();
            assertThat(record).as(outsider).doesNotContain(PHONE).doesNotContain(EMAIL)
                    .contains("\"contactDetailsWithheld\":true");
            String list = as(outsider, "clients").get("/api/clients?limit=200").then().statusCode(200).extract()
                    .asString();
            assertThat(list).as(outsider).doesNotContain(PHONE).doesNotContain(EMAIL);
            JsonPath placements = as(outsider, "placements").get("/api/clients/{id}/placements", client).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(placements.getList("jobs")).as(outsider).hasSize(1);
            assertThat(placements.getString("jobs[0].employerId")).as(outsider).isNull();
            assertThat(placements.prettify()).as(outsider).doesNotContain(employer);
        }
    }

    @Test
    void aUnitServingAMarkedClientShowsNoSmallCellsToAnyone() {
        UUID client = onCaseloadWithConsent(Map.of("addressProtection", "FORTROLIG", "shielded", false));
        startsWork(client);
        // OUS's manager is of the health trust, who would otherwise see counts of 1–4. The system tests start at most
        // three jobs for OUS clients (this one, the protected client's and the access matrix's), so the quarter's
        // job starts are such a count.
        await().atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath outcomes = as("manager.oslo", "reporting").get("/api/units/ous/outcomes").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(outcomes.getList("suppressed", String.class)).contains("jobStarts");
            assertThat(outcomes.getString("jobStarts")).isNull();
        });
    }

    private static void startsWork(UUID client) {
        Journeys.whenKnown(() -> as(SPECIALIST, "placements").body(Map.of("clientId", client, "employerId",
                employer, "title", "Butikkmedarbeider", "occupationCode", "5223", "hoursPerWeek", 20, "hourlyWage",
                210, "competitive", true, "permanent", false, "startedOn",
                LocalDate.now(ZoneId.of("Europe/Oslo")).toString())), request -> request.post("/api/jobs"), 201);
    }

    private static Map<String, Object> shielded() {
        return Map.of("addressProtection", "NONE", "shielded", true, "navCounsellorId", COUNSELLOR2_BERGEN);
    }

    /** Referred by OUS, followed by NAV Bergen, on specialist3.bergen's caseload, consented to sharing with NAV. */
    private static UUID onCaseloadWithConsent(Map<String, Object> protection) {
        Map<String, Object> referral = new HashMap<>(Map.of("nationalId", SyntheticIdentityNumbers.random(),
                "givenName", "Skjermet", "familyName", "Person", "phone", PHONE, "email", EMAIL,
                "navOffice", "nav-bergen", "workingAtReferral", false));
        if (!protection.isEmpty()) {
            referral.put("protection", protection);
        }
        String id = as("clinician.oslo", "clients").body(referral).post("/api/referrals").then().statusCode(201)
                .extract().path("id");
        UUID client = UUID.fromString(id);
        as(SPECIALIST, "clients").body(Map.of()).post("/api/clients/{id}/enrolment", client).then()
                .statusCode(200);
        // The specialists service answers 422 until it knows the client and 409 until it knows the enrolment.
        await().atMost(PROPAGATION).until(() -> as(SPECIALIST, "specialists").body(Map.of("clientId", client))
                .post("/api/specialists/{id}/caseload", SPECIALIST3_BERGEN).statusCode() == 201);
        as("clinician.oslo", "clients").body(Map.of("direction", "HEALTH_TO_NAV"))
                .post("/api/clients/{id}/consents", client).then().statusCode(201);
        return client;
    }

    /** Whether the caller finds the client in the clients and placements services and on the caseload. */
    private static void sees(String who, UUID client, boolean expected) {
        int status = expected ? 200 : 404;
        as(who, "clients").get("/api/clients/{id}", client).then().statusCode(status);
        as(who, "clients").get("/api/clients/{id}/career-profile", client).then().statusCode(status);
        as(who, "placements").get("/api/clients/{id}/placements", client).then().statusCode(status);
        List<String> caseload = as(who, "specialists").get("/api/specialists/{id}/caseload",
                SPECIALIST3_BERGEN).then().statusCode(200).extract().jsonPath().getList("clientId", String.class);
        if (expected) {
            assertThat(caseload).as(who).contains(client.toString());
        } else {
            assertThat(caseload).as(who).doesNotContain(client.toString());
        }
    }

    private static List<String> listed(String who) {
        return as(who, "clients").get("/api/clients?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class);
    }
}
