package no.ipsbridge.clients;

import static no.ipsbridge.clients.Api.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;

/** Who serves a client follows the caseload the specialists service owns. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class CaseloadEventsTest {

    private static final String SPECIALIST2_BERGEN = "5f0c1a2e-0007-4c3a-9a10-000000000007";
    private static final String SPECIALIST_BERGEN = "5f0c1a2e-0001-4c3a-9a10-000000000001";

    @Test
    void aReassignedClientIsSeenByTheNewSpecialistAndNoLongerByTheOld() {
        UUID client = Api.enrolledNew();
        as("specialist.bergen").get("/api/clients/{id}", client).then().statusCode(200);
        as("specialist2.bergen").get("/api/clients/{id}", client).then().statusCode(404);

        EventPublisher.publish("/ips-bridge/specialists",
                new ClientReassigned(client, SPECIALIST_BERGEN, SPECIALIST2_BERGEN, IpsCalendar.today(), false));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("specialist2.bergen").get("/api/clients/{id}", client).then().statusCode(200));
        as("specialist.bergen").get("/api/clients/{id}", client).then().statusCode(404);
    }
}
