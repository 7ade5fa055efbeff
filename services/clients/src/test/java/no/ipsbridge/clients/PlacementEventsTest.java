package no.ipsbridge.clients;

import static no.ipsbridge.clients.Api.as;
import static no.ipsbridge.clients.Api.moveTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.placements.JobEndReason;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.TopicReader;

/** The placements service records jobs; this service moves the client's status when they start and end. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class PlacementEventsTest {

    private static final String PLACEMENTS = "/ips-bridge/placements";

    @Test
    void aJobStartMakesTheClientEmployedAndTheEndOfTheLastJobSendsThemBackToJobSearch() {
        UUID client = Api.enrolledNew();
        moveTo(client, "JOB_SEARCH");
        UUID employer = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        EventPublisher.publish(PLACEMENTS, new JobStarted(first, client, employer, IpsCalendar.today(), 20, null, true, false));
        awaitStatus(client, "EMPLOYED");
        EventPublisher.publish(PLACEMENTS, new JobStarted(second, client, employer, IpsCalendar.today(), 10, null, true, true));
        EventPublisher.publish(PLACEMENTS, new JobEnded(first, client, employer, IpsCalendar.today(),
                JobEndReason.TEMPORARY_JOB_ENDED, true, 1));
        EventPublisher.publish(PLACEMENTS, new JobEnded(second, client, employer, IpsCalendar.today(),
                JobEndReason.LAID_OFF, true, 0));
        awaitStatus(client, "JOB_SEARCH");

        var changes = TopicReader.await(Topics.CLIENTS, r -> client.toString().equals(r.key())
                && "no.ipsbridge.client.status-changed.v1".equals(TopicReader.header(r, "ce_type")), 3,
                Duration.ofSeconds(30));
        assertThat(changes).extracting(r -> new String(r.value()).replaceAll(".*\"to\":\"([A-Z_]+)\".*", "$1"))
                .containsExactly("JOB_SEARCH", "EMPLOYED", "JOB_SEARCH");
        // On the card's timeline the job moved the client, not a person.
        as("specialist.bergen").get("/api/clients/{id}/path", client).then().statusCode(200)
                .body("cause", contains("referral", "enrolment", "status-change", "job-started", "job-ended"))
                .body("status", contains("REFERRED", "ENROLLED", "JOB_SEARCH", "EMPLOYED", "JOB_SEARCH"))
                .body("[3].recordedBy", nullValue())
                .body("[2].recordedBy", equalTo("specialist.bergen"));
    }

    private static void awaitStatus(UUID client, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("specialist.bergen").get("/api/clients/{id}", client).then().body("status", equalTo(status)));
    }
}
