package no.ipsbridge.clients;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.testing.Tokens;

/** Requests as the realm's demo users make them, with real tokens from the test Keycloak. */
final class Api {

    static final String CLINIC_SYSTEM_SECRET = "clinic-system-bergen-local-secret";

    private Api() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON);
    }

    static RequestSpecification asClinicSystem() {
        return given().auth().oauth2(Tokens.client("clinic-system-bergen", CLINIC_SYSTEM_SECRET))
                .contentType(ContentType.JSON);
    }

    static Map<String, Object> referral(String nationalId) {
        return Map.of("nationalId", nationalId, "givenName", "Test", "familyName", "Person",
                "navOffice", "nav-bergen", "workingAtReferral", false, "note", "Wants outdoor work");
    }

    /** Refers a new synthetic person as clinician.bergen and returns the client id. */
    static UUID referNew() {
        String id = as("clinician.bergen").body(referral(SyntheticIdentityNumbers.random()))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Refers a new synthetic person whose referral was made on an earlier day, registered today. */
    static UUID referNew(String referredOn) {
        Map<String, Object> referral = new HashMap<>(referral(SyntheticIdentityNumbers.random()));
        referral.put("referredOn", referredOn);
        String id = as("clinician.bergen").body(referral).post("/api/referrals").then().statusCode(201)
                .body("referredAt", startsWith(referredOn)).extract().path("id");
        return UUID.fromString(id);
    }

    /** Refers and enrols a new person into specialist.bergen's caseload. */
    static UUID enrolledNew() {
        UUID client = referNew();
        as("specialist.bergen").body(Map.of()).post("/api/clients/{id}/enrolment", client).then().statusCode(200);
        return client;
    }

    static void moveTo(UUID client, String status) {
        as("specialist.bergen").body(Map.of("status", status)).post("/api/clients/{id}/status", client)
                .then().statusCode(200);
    }
}
