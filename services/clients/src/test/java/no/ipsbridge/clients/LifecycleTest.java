package no.ipsbridge.clients;

import static no.ipsbridge.clients.Api.as;
import static no.ipsbridge.clients.Api.moveTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.testing.IpsInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class LifecycleTest {

    @Test
    void aSpecialistEnrolsAReferralFromTheirUnitIntoTheirOwnCaseload() {
        UUID client = Api.referNew("2026-10-30");
        as("specialist.bergen").body(Map.of("enrolledOn", "2026-11-02")).post("/api/clients/{id}/enrolment", client)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("ENROLLED"))
                .body("enrolledOn", equalTo("2026-11-02"))
                .body("specialistId", notNullValue())
                .body("nextStatuses", containsInAnyOrder("JOB_SEARCH"));
        as("specialist.bergen").get("/api/clients/{id}", client).then().statusCode(200);
    }

    @Test
    void aClientMovesAlongTheWholePathAndIsDischarged() {
        UUID client = Api.enrolledNew();
        moveTo(client, "JOB_SEARCH");
        moveTo(client, "EMPLOYED");
        moveTo(client, "FOLLOW_ALONG");
        moveTo(client, "JOB_SEARCH");
        moveTo(client, "EMPLOYED");
        as("specialist.bergen").body(Map.of("reason", "WORKING_WITHOUT_SUPPORT"))
                .post("/api/clients/{id}/discharge", client).then().statusCode(200)
                .body("status", equalTo("DISCHARGED"))
                .body("dischargeReason", equalTo("WORKING_WITHOUT_SUPPORT"));
        as("specialist.bergen").get("/api/clients/{id}/path", client).then().statusCode(200)
                .body("status", contains("REFERRED", "ENROLLED", "JOB_SEARCH", "EMPLOYED", "FOLLOW_ALONG",
                        "JOB_SEARCH", "EMPLOYED", "DISCHARGED"))
                .body("fromStatus", contains(null, "REFERRED", "ENROLLED", "JOB_SEARCH", "EMPLOYED", "FOLLOW_ALONG",
                        "JOB_SEARCH", "EMPLOYED"))
                .body("[0].recordedBy", equalTo("clinician.bergen"))
                .body("[0].recordedByAgency", equalTo("HEALTH"))
                .body("[1].recordedBy", equalTo("specialist.bergen"))
                .body("[7].cause", equalTo("discharge"))
                .body("[7].dischargeReason", equalTo("WORKING_WITHOUT_SUPPORT"));
        // The path is the client's health-trust record: it crosses to NAV only with the client's consent.
        as("counsellor.bergen").get("/api/clients/{id}/path", client).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({
            "ENROLLED, EMPLOYED", "ENROLLED, FOLLOW_ALONG",
            "JOB_SEARCH, JOB_SEARCH", "JOB_SEARCH, FOLLOW_ALONG",
            "EMPLOYED, EMPLOYED", "FOLLOW_ALONG, FOLLOW_ALONG" })
    void movesThePathDoesNotAllowAreRefusedWith409(String from, String to) {
        UUID client = clientWithStatus(from);
        as("specialist.bergen").body(Map.of("status", to)).post("/api/clients/{id}/status", client)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipsbridge.no/problems/illegal-transition"));
        as("specialist.bergen").get("/api/clients/{id}", client).then().body("status", equalTo(from));
    }

    @Test
    void aReferredClientCannotStartJobSearchBeforeEnrolment() {
        UUID client = Api.referNew();
        as("lead.bergen").body(Map.of("status", "JOB_SEARCH")).post("/api/clients/{id}/status", client)
                .then().statusCode(409);
    }

    @Test
    void enrolmentAndDischargeHappenOnce() {
        UUID client = Api.enrolledNew();
        as("specialist.bergen").body(Map.of()).post("/api/clients/{id}/enrolment", client).then().statusCode(409);
        as("specialist.bergen").body(Map.of("reason", "MOVED")).post("/api/clients/{id}/discharge", client)
                .then().statusCode(200);
        as("specialist.bergen").body(Map.of("reason", "MOVED")).post("/api/clients/{id}/discharge", client)
                .then().statusCode(409);
        as("specialist.bergen").body(Map.of("status", "JOB_SEARCH")).post("/api/clients/{id}/status", client)
                .then().statusCode(409);
    }

    @Test
    void enrolmentAndDischargeAreNotStatusMoves() {
        UUID client = Api.enrolledNew();
        as("specialist.bergen").body(Map.of("status", "DISCHARGED")).post("/api/clients/{id}/status", client)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void aChangeAgainstAStaleVersionIsRefusedWith412() {
        UUID client = Api.enrolledNew();
        String etag = as("specialist.bergen").get("/api/clients/{id}", client).then().extract().header("ETag");
        moveTo(client, "JOB_SEARCH");
        as("specialist.bergen").header("If-Match", etag).body(Map.of("status", "EMPLOYED"))
                .post("/api/clients/{id}/status", client)
                .then().statusCode(412)
                .body("type", equalTo("https://ipsbridge.no/problems/stale-version"));
        String fresh = as("specialist.bergen").get("/api/clients/{id}", client).then().extract().header("ETag");
        as("specialist.bergen").header("If-Match", fresh).body(Map.of("status", "EMPLOYED"))
                .post("/api/clients/{id}/status", client).then().statusCode(200);
    }

    @Test
    void aClinicianFollowsButDoesNotChangeThePath() {
        UUID client = Api.enrolledNew();
        as("clinician.bergen").get("/api/clients/{id}", client).then().statusCode(200);
        as("clinician.bergen").body(Map.of("status", "JOB_SEARCH")).post("/api/clients/{id}/status", client)
                .then().statusCode(403);
    }

    @Test
    void aTeamLeadEnrolsOnBehalfOfANamedSpecialist() {
        UUID client = Api.referNew();
        as("lead.bergen").body(Map.of()).post("/api/clients/{id}/enrolment", client)
                .then().statusCode(400).body("errors[0].field", equalTo("specialistId"));
        as("lead.bergen").body(Map.of("specialistId", "some-specialist")).post("/api/clients/{id}/enrolment", client)
                .then().statusCode(200).body("specialistId", equalTo("some-specialist"));
    }

    @Test
    void anEnrolmentBeforeTheReferralIsRefused() {
        UUID client = Api.referNew("2026-10-30");
        as("specialist.bergen").body(Map.of("enrolledOn", "2026-10-29")).post("/api/clients/{id}/enrolment", client)
                .then().statusCode(400).body("errors[0].field", equalTo("enrolledOn"));
        as("specialist.bergen").get("/api/clients/{id}", client).then().statusCode(200)
                .body("status", equalTo("REFERRED"));
    }

    @Test
    void anEnrolmentDateInTheFutureIsRefused() {
        UUID client = Api.referNew();
        as("specialist.bergen").body(Map.of("enrolledOn", "2999-01-01")).post("/api/clients/{id}/enrolment", client)
                .then().statusCode(400).body("errors[0].field", equalTo("enrolledOn"));
    }

    private static UUID clientWithStatus(String status) {
        UUID client = Api.enrolledNew();
        switch (status) {
            case "ENROLLED" -> { }
            case "JOB_SEARCH" -> moveTo(client, "JOB_SEARCH");
            case "EMPLOYED" -> {
                moveTo(client, "JOB_SEARCH");
                moveTo(client, "EMPLOYED");
            }
            case "FOLLOW_ALONG" -> {
                moveTo(client, "JOB_SEARCH");
                moveTo(client, "EMPLOYED");
                moveTo(client, "FOLLOW_ALONG");
            }
            default -> throw new IllegalArgumentException(status);
        }
        return client;
    }
}
