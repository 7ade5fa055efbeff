package no.ipsbridge.specialists;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.oneOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.specialists.clients.KnownClient;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.Tokens;

/** The clients service's side of the conversation, and the realm's people. */
final class Fixtures {

    static final String CLIENTS_SOURCE = "/ips-bridge/clients";
    /** specialist.bergen's fixed user id in the realm. */
    static final String SPECIALIST_BERGEN = "5f0c1a2e-0001-4c3a-9a10-000000000001";
    static final String SPECIALIST2_BERGEN = "5f0c1a2e-0007-4c3a-9a10-000000000007";
    static final String SPECIALIST3_BERGEN = "5f0c1a2e-0008-4c3a-9a10-000000000008";

    private Fixtures() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON);
    }

    /** Puts a specialist on the roster (as lead.bergen) unless already there; returns their id. */
    static String registered(String userId) {
        as("lead.bergen").body(Map.of("userId", userId, "displayName", "Test Specialist", "agency", "NAV",
                "org", "nav-bergen", "healthTrust", "helse-bergen", "workingFraction", 1.0))
                .post("/api/specialists").then().statusCode(oneOf(201, 409));
        return userId;
    }

    static void publish(DomainEvent event) {
        EventPublisher.publish(CLIENTS_SOURCE, event);
    }

    /** A client the clients service referred and enrolled, as this service learns it from ips.clients.v1. */
    static UUID enrolledClient(String enrolledBy, LocalDate enrolledOn) {
        UUID client = UUID.randomUUID();
        publish(new ClientReferred(client, Instant.now(), "HEALTH", "helse-bergen", "nav-bergen", null,
                IpsVariant.IPS, false));
        publish(new ClientEnrolled(client, enrolledOn, enrolledBy));
        awaitStatus(client, "ENROLLED");
        return client;
    }

    static void awaitStatus(UUID client, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            KnownClient known = KnownClient.findById(client);
            return known != null && known.status.name().equals(status);
        }));
    }
}
