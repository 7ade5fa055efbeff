package no.ipsbridge.clients;

import static no.ipsbridge.clients.Api.as;
import static no.ipsbridge.clients.Api.moveTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.EventSchemas;
import no.ipsbridge.events.Topics;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.TopicReader;

/** What an integration partner reading ips.clients.v1 from offset 0 gets. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class PublishedEventsTest {

    @Test
    void everyEventTheServiceEmitsConformsToItsSchemaAndCarriesNoIdentityNumber() {
        UUID client = Api.enrolledNew();
        as("clinician.bergen").body(Map.of("direction", "HEALTH_TO_NAV")).post("/api/clients/{id}/consents", client)
                .then().statusCode(201);
        String consent = as("clinician.bergen").get("/api/clients/{id}/consents", client).then().extract()
                .path("[0].id");
        as("clinician.bergen").body(Map.of()).post("/api/clients/{id}/consents/{c}/withdrawal", client, consent)
                .then().statusCode(200);
        String etag = as("specialist.bergen").get("/api/clients/{id}/career-profile", client).then().extract()
                .header("ETag");
        as("specialist.bergen").header("If-Match", etag).body(Map.of("disclosure", "NONE"))
                .put("/api/clients/{id}/career-profile", client).then().statusCode(200);
        moveTo(client, "JOB_SEARCH");
        as("specialist.bergen").body(Map.of("reason", "MOVED")).post("/api/clients/{id}/discharge", client)
                .then().statusCode(200);

        int clientEventTypes = EventCatalog.CLIENTS.types().size();
        var events = TopicReader.await(Topics.CLIENTS, r -> client.toString().equals(r.key()),
                clientEventTypes, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "no.ipsbridge.client.referred.v1", "no.ipsbridge.client.enrolled.v1",
                "no.ipsbridge.client.consent-given.v1", "no.ipsbridge.client.consent-withdrawn.v1",
                "no.ipsbridge.client.career-profile-updated.v1", "no.ipsbridge.client.career-profile-updated.v2",
                "no.ipsbridge.client.status-changed.v1",
                "no.ipsbridge.client.discharged.v1");

        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(Topics.CLIENTS)) {
            String type = TopicReader.header(record, "ce_type");
            assertThat(EventCatalog.ofType(type)).as(type).isPresent();
            assertThat(EventSchemas.violations(type, record.value())).as(type).isEmpty();
            assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/ips-bridge/clients");
            assertThat(record.key()).isEqualTo(TopicReader.header(record, "ce_subject"));
            assertThat(new String(record.value())).doesNotContainPattern("(?<![0-9a-f-])\\d{11}(?![0-9a-f-])");
        }
    }
}
