package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM;
import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM_SECRET;
import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.asClient;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/** Steps of the IPS path that several system tests take, through the public APIs only. */
final class Journeys {

    static final String SPECIALIST_BERGEN = "5f0c1a2e-0001-4c3a-9a10-000000000001";

    private Journeys() {
    }

    /** A person referred by Helse Bergen's clinic system, followed by NAV Bergen. */
    static UUID referredClient() {
        return referredClient(new HashMap<>(Map.of("nationalId", SyntheticIdentityNumbers.random(), "givenName", "Test",
                "familyName", "Person", "navOffice", "nav-bergen", "workingAtReferral", false)));
    }

    static UUID referredClient(Map<String, Object> referral) {
        String id = asClient(CLINIC_SYSTEM, CLINIC_SYSTEM_SECRET, "clients").body(referral).post("/api/referrals")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** specialist.bergen on the roster of NAV Bergen, working in Helse Bergen's teams. */
    static void specialistOnRoster() {
        as("lead.bergen", "specialists").body(Map.of("userId", SPECIALIST_BERGEN, "displayName", "Siri Spesialist",
                "agency", "NAV", "org", "nav-bergen", "healthTrust", "helse-bergen", "workingFraction", 1.0))
                .header("Idempotency-Key", "system-tests-roster").post("/api/specialists").then()
                .statusCode(201);
    }

    /** Enrolled by specialist.bergen and on their caseload. */
    static UUID clientOnCaseload(Map<String, Object> referral) {
        UUID client = referredClient(referral);
        as("specialist.bergen", "clients").body(Map.of()).post("/api/clients/{id}/enrolment", client).then()
                .statusCode(200);
        whenKnown(() -> as("specialist.bergen", "specialists").body(Map.of("clientId", client)),
                request -> request.post("/api/specialists/{id}/caseload", SPECIALIST_BERGEN), 201);
        return client;
    }

    /**
     * Sends a request to a service that learns of the client from a topic a moment after it happened: until it
     * has, the service answers 422 naming the client.
     */
    static Response whenKnown(Supplier<RequestSpecification> request, Function<RequestSpecification, Response> call,
            int expected) {
        Response[] last = new Response[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = call.apply(request.get());
            return last[0].statusCode() != 422;
        });
        last[0].then().statusCode(expected);
        return last[0];
    }
}
