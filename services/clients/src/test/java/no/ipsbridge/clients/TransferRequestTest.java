package no.ipsbridge.clients;

import static no.ipsbridge.clients.Api.as;
import static no.ipsbridge.clients.Api.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.testing.IpsInfrastructureResource;

/** ADR 21: a referral tells the referrer nothing about whether the person is already in IPS somewhere they cannot see. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class TransferRequestTest {

    @Test
    void anotherTrustsReferralOfAKnownPersonAnswersExactlyAsAFreshReferralDoes() {
        String known = SyntheticIdentityNumbers.random();
        String servingId = as("clinician.bergen").body(referral(known)).post("/api/referrals").then().statusCode(201)
                .extract().path("id");

        ExtractableResponse<Response> fresh = referFromOslo(SyntheticIdentityNumbers.random());
        ExtractableResponse<Response> ofKnown = referFromOslo(known);

        assertThat(ofKnown.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(201);
        assertThat(headerNames(ofKnown)).isEqualTo(headerNames(fresh));
        Map<String, Object> freshBody = fresh.jsonPath().getMap("");
        Map<String, Object> knownBody = ofKnown.jsonPath().getMap("");
        assertThat(knownBody.keySet()).isEqualTo(freshBody.keySet());
        for (String field : Set.of("status", "healthTrust", "navOffice", "specialistId", "enrolledOn")) {
            assertThat(knownBody.get(field)).as(field).isEqualTo(freshBody.get(field));
        }
        assertThat((String) knownBody.get("id")).isNotEqualTo(servingId);
        // And reading it back tells no more: the referrer sees their own referral.
        as("clinician.oslo").get("/api/clients/{id}", (String) knownBody.get("id")).then().statusCode(200)
                .body("status", equalTo("REFERRED"));
        as("clinician.oslo").get("/api/clients/{id}", servingId).then().statusCode(404);

        // The serving unit sees the request, and the attempt is in the serving record's audit trail.
        as("lead.bergen").get("/api/clients/{id}/transfer-requests", servingId).then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].requestingHealthTrust", equalTo("ous"))
                .body("[0].outcome", equalTo(null));
        as("lead.bergen").get("/api/clients/{id}/audit", servingId).then().statusCode(200)
                .body("items.action", hasItem("referred-by-another-unit"));
    }

    @Test
    void theServingUnitKeepsThePersonAndTheOtherReferralIsClosedAsTransferred() {
        String known = SyntheticIdentityNumbers.random();
        String servingId = as("clinician.bergen").body(referral(known)).post("/api/referrals").then().statusCode(201)
                .extract().path("id");
        String referralId = referFromOslo(known).path("id");
        String requestId = as("lead.bergen").get("/api/clients/{id}/transfer-requests", servingId).then()
                .statusCode(200).extract().path("[0].id");

        as("lead.bergen").body(Map.of("outcome", "KEEP"))
                .post("/api/clients/{id}/transfer-requests/{request}/resolution", servingId, requestId)
                .then().statusCode(200).body("outcome", equalTo("KEEP"));

        as("clinician.oslo").get("/api/clients/{id}", referralId).then().statusCode(200)
                .body("status", equalTo("DISCHARGED")).body("dischargeReason", equalTo("TRANSFERRED"));
        as("lead.bergen").get("/api/clients/{id}", servingId).then().body("status", equalTo("REFERRED"));
        as("lead.bergen").body(Map.of("outcome", "KEEP"))
                .post("/api/clients/{id}/transfer-requests/{request}/resolution", servingId, requestId)
                .then().statusCode(409);
    }

    @Test
    void handingOverMakesTheReferralThePersonsRecordAndTheFormerUnitIsNowTheOneWhoCannotSee() {
        String known = SyntheticIdentityNumbers.random();
        String servingId = as("clinician.bergen").body(referral(known)).post("/api/referrals").then().statusCode(201)
                .extract().path("id");
        String referralId = referFromOslo(known).path("id");
        String requestId = as("lead.bergen").get("/api/clients/{id}/transfer-requests", servingId).then()
                .extract().path("[0].id");

        as("lead.bergen").body(Map.of("outcome", "HAND_OVER"))
                .post("/api/clients/{id}/transfer-requests/{request}/resolution", servingId, requestId)
                .then().statusCode(200);

        as("lead.bergen").get("/api/clients/{id}", servingId).then().body("status", equalTo("DISCHARGED"))
                .body("dischargeReason", equalTo("TRANSFERRED"));
        // Oslo's record is now the one that serves the person: Oslo referring again learns that, as anyone who sees
        // the record would; Bergen referring again learns nothing and makes a request to Oslo.
        referFromOslo(known, 409);
        as("clinician.bergen").body(referral(known)).post("/api/referrals").then().statusCode(201);
        as("clinician.oslo").get("/api/clients/{id}/transfer-requests", referralId).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].requestingHealthTrust", equalTo("helse-bergen"));
    }

    @Test
    void aBadRequestIdIsA400NamingItAndAnUnknownOneA404() {
        String servingId = as("clinician.bergen").body(referral(SyntheticIdentityNumbers.random())).post("/api/referrals")
                .then().statusCode(201).extract().path("id");
        as("lead.bergen").body(Map.of("outcome", "KEEP"))
                .post("/api/clients/{id}/transfer-requests/{request}/resolution", servingId, "nope")
                .then().statusCode(400).body("errors[0].field", equalTo("requestId"));
        as("lead.bergen").body(Map.of("outcome", "KEEP"))
                .post("/api/clients/{id}/transfer-requests/{request}/resolution", servingId,
                        UUID.randomUUID())
                .then().statusCode(404);
        as("lead.bergen").body(Map.of("outcome", "MAYBE"))
                .post("/api/clients/{id}/transfer-requests/{request}/resolution", servingId,
                        UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
    }

    private static Set<String> headerNames(ExtractableResponse<Response> response) {
        return response.headers().asList().stream().map(Header::getName).collect(Collectors.toSet());
    }

    private static ExtractableResponse<Response> referFromOslo(String nationalId) {
        return referFromOslo(nationalId, 201);
    }

    private static ExtractableResponse<Response> referFromOslo(String nationalId, int expectedStatus) {
        return as("clinician.oslo").body(Map.of("nationalId", nationalId, "givenName", "Test", "familyName", "Person",
                "navOffice", "nav-oslo", "workingAtReferral", false)).post("/api/referrals").then()
                .statusCode(expectedStatus).extract();
    }
}
