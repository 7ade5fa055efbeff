package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * The client's health-to-NAV consent decides, in every service, whether their NAV counsellor sees what the health
 * side knows: withdrawn, access ends within one event propagation; given again, it returns.
 */
@ExtendWith(SystemUnderTest.class)
class ConsentTest {

    /** How long one event may take from a service's outbox to another service's read model here. */
    private static final Duration PROPAGATION = Duration.ofSeconds(15);

    @Test
    void withdrawingConsentEndsTheCounsellorsAccessEverywhereAndGivingItAgainRestoresIt() {
        Journeys.specialistOnRoster();
        UUID client = Journeys.clientOnCaseload(Map.of("nationalId", SyntheticIdentityNumbers.random(), "givenName",
                "Test", "familyName", "Person", "navOffice", "nav-bergen", "workingAtReferral", false));
        String consent = give(client);
        await().atMost(PROPAGATION).untilAsserted(() -> counsellorSees(client, 200));

        as("clinician.bergen", "clients").body(Map.of())
                .post("/api/clients/{id}/consents/{c}/withdrawal", client, consent).then().statusCode(200);
        await().atMost(PROPAGATION).untilAsserted(() -> counsellorSees(client, 403));
        as("counsellor.bergen", "clients").get("/api/clients/{id}", client).then()
                .body("type", equalTo("https://ipsbridge.no/problems/consent-required"));

        give(client);
        await().atMost(PROPAGATION).untilAsserted(() -> counsellorSees(client, 200));
    }

    private static String give(UUID client) {
        return as("clinician.bergen", "clients").body(Map.of("direction", "HEALTH_TO_NAV"))
                .post("/api/clients/{id}/consents", client).then().statusCode(201).extract().path("id");
    }

    /** The client record, their career profile, their job status and the specialist's caseload entry. */
    private static void counsellorSees(UUID client, int status) {
        as("counsellor.bergen", "clients").get("/api/clients/{id}", client).then().statusCode(status);
        as("counsellor.bergen", "clients").get("/api/clients/{id}/career-profile", client).then().statusCode(status);
        as("counsellor.bergen", "placements").get("/api/clients/{id}/placements", client).then().statusCode(status);
        var entries = as("counsellor.bergen", "specialists")
                .get("/api/specialists/{id}/caseload", Journeys.SPECIALIST_BERGEN).then().statusCode(200)
                .extract().jsonPath().getList("clientId", String.class);
        if (status == 200) {
            assertThat(entries).contains(client.toString());
        } else {
            assertThat(entries).doesNotContain(client.toString());
        }
    }
}
