package no.ipsbridge.placements;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.placements.clients.KnownClient;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.Tokens;

/** Requests as the realm's demo users make them, and clients and employers to make them about. */
final class Api {

    static final String SPECIALIST_BERGEN = "5f0c1a2e-0001-4c3a-9a10-000000000001";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private Api() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON);
    }

    static UUID enrolledClient(IpsVariant variant) {
        UUID client = UUID.randomUUID();
        EventPublisher.publish("/ips-bridge/clients", new ClientReferred(client, Instant.now(), "HEALTH",
                "helse-bergen", "nav-bergen", null, variant, false));
        EventPublisher.publish("/ips-bridge/clients", new ClientEnrolled(client, IpsCalendar.today(), SPECIALIST_BERGEN));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            KnownClient known = KnownClient.findById(client);
            return known != null && known.isInIps();
        }));
        return client;
    }

    static UUID newEmployer() {
        return UUID.fromString(as("specialist.bergen").body(employer(newOrganisationNumber())).post("/api/employers")
                .then().statusCode(201).extract().path("id"));
    }

    static Map<String, Object> employer(String organisationNumber) {
        return Map.of("organisationNumber", organisationNumber, "name", "Bergen Bakeri AS", "naceCode", "10.711",
                "municipality", "Bergen");
    }

    static Map<String, Object> jobStart(UUID client, UUID employer) {
        return Map.of("clientId", client, "employerId", employer, "title", "Bakery assistant",
                "occupationCode", "7512", "hoursPerWeek", 20, "hourlyWage", 215.5,
                "startedOn", IpsCalendar.today().minusDays(7).toString(), "competitive", true, "permanent", false);
    }

    /** A valid organisation number no other test has used. */
    static String newOrganisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String base = "9" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (base.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return base + check;
            }
        }
    }
}
