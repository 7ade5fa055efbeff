package no.ipsbridge.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.Topics;
import no.ipsbridge.retention.RetentionSchedule;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.SharedInfrastructure;
import no.ipsbridge.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "outbox"))
class OutboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TestWrites writes;

    @Inject
    RetentionSchedule retention;

    @Test
    void anEventCommittedWithItsChangeIsPublishedAsACloudEventKeyedByClient() {
        UUID client = UUID.randomUUID();
        writes.refer(client, IpsVariant.IPS);

        ConsumerRecord<String, byte[]> record = TopicReader.await(Topics.CLIENTS, r -> client.toString().equals(r.key()),
                1, PATIENCE).getFirst();
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("no.ipsbridge.client.referred.v1");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/ips-bridge/outbox-test");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(client.toString());
        assertThat(writes.count("select count(*) from ips_outbox where event_key = ?::text and published_at is not null",
                client)).isOne();
    }

    @Test
    void aChangeThatRollsBackLeavesNeitherRowNorEvent() {
        UUID client = UUID.randomUUID();
        assertThatThrownBy(() -> writes.referThenFail(client)).isInstanceOf(IllegalStateException.class);

        assertThat(writes.count("select count(*) from test_change where id = ?", client)).isZero();
        assertThat(writes.count("select count(*) from ips_outbox where event_key = ?::text", client)).isZero();
    }

    @Test
    void writesGoOnWhileKafkaIsDownAndTheirEventsArriveInOrderAfterwards() {
        assumeTrue(SharedInfrastructure.faultsCanBeInjected(), "stops the broker: embedded servers only");
        UUID client = UUID.randomUUID();
        SharedInfrastructure.kafka().close();
        try {
            writes.refer(client, IpsVariant.IPS);
            writes.enrol(client);
            assertThat(writes.count("select count(*) from test_change where id = ?", client)).isOne();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(pendingMetric()).isGreaterThanOrEqualTo(2));
        } finally {
            SharedInfrastructure.kafka().start();
        }

        // One client's events, on one partition: the referral before the enrolment, as they were written.
        List<ConsumerRecord<String, byte[]>> arrived = TopicReader.await(Topics.CLIENTS,
                r -> client.toString().equals(r.key()), 2, Duration.ofSeconds(60));
        assertThat(arrived).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "no.ipsbridge.client.referred.v1", "no.ipsbridge.client.enrolled.v1");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(pendingMetric()).isZero());
    }

    @Test
    void aConsumerAppliesARedeliveredEventOnce() {
        UUID client = UUID.randomUUID();
        writes.refer(client, IpsVariant.IPS);
        ConsumerRecord<String, byte[]> published = TopicReader.await(Topics.CLIENTS,
                r -> client.toString().equals(r.key()), 1, PATIENCE).getFirst();
        long duplicatesBefore = metric("ips_consumer_duplicates_total{consumer=\"test-projection\"");

        EventPublisher.send(new ProducerRecord<>(Topics.CLIENTS, null, published.key(), published.value(), published.headers()));
        TopicReader.await(Topics.CLIENTS, r -> client.toString().equals(r.key()), 2, PATIENCE);

        // The enrolment has the same key, so it is on the same partition after the duplicate: once the consumer has
        // applied it, it has seen the duplicate too.
        writes.enrol(client);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(writes.count(
                "select count(*) from test_projection where client_id = ? and enrolled_on is not null", client)).isOne());
        assertThat(writes.count("select max(times_applied) from test_projection where client_id = ?", client)).isOne();
        assertThat(metric("ips_consumer_duplicates_total{consumer=\"test-projection\""))
                .as("the copy, counted as dropped").isGreaterThan(duplicatesBefore);
    }

    /**
     * Two consumers share the topic's partitions; each client's events stay on one partition, so the enrolment that
     * needs the referral's row finds it, and nothing is applied twice. The operator sees both and one lag figure.
     */
    @Test
    void twoConsumersOfOneHandlerApplyEachClientsEventsOnceAndInOrder() {
        List<UUID> clients = Stream.generate(UUID::randomUUID).limit(40).toList();
        clients.forEach(client -> {
            writes.refer(client, IpsVariant.IPS);
            writes.enrol(client);
        });

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(writes.count("""
                select count(*) from test_projection where client_id = any(?) and enrolled_on is not null""",
                clients)).isEqualTo(clients.size()));
        assertThat(writes.count("select max(times_applied) from test_projection where client_id = any(?)",
                clients)).isOne();
        Map<String, String> consumers = readiness().jsonPath()
                .getMap("checks.find { it.name == 'event-consumers' }.data");
        assertThat(consumers).containsKeys("test-projection-1", "test-projection-2");
        System.gc(); // a gauge whose state was collected reports NaN
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertThat(metrics.lines().filter(line -> line.startsWith("ips_consumer_lag{consumer=\"test-projection\"")))
                .singleElement().satisfies(line -> assertThat(line).endsWith(" 0.0"));
    }

    /**
     * Records that come in one poll are applied in one transaction; one that can never be applied must not take the
     * others with it, nor make any of them applied twice when the batch is taken again record by record.
     */
    @Test
    void aBatchWithPoisonInItAppliesEveryOtherEventOnceAndDeadLettersOnlyThePoison() {
        Map<UUID, IpsVariant> referrals = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            referrals.put(UUID.randomUUID(), i == 15 ? IpsVariant.IPS_UNG : IpsVariant.IPS);
        }
        UUID poison = List.copyOf(referrals.keySet()).get(15);
        List<UUID> good = referrals.keySet().stream().filter(client -> !client.equals(poison)).toList();
        long fallbacksBefore = metric("ips_consumer_batch_fallbacks_total{consumer=\"test-projection\"");

        writes.referAll(referrals);

        TopicReader.await(Topics.deadLetterTopicOf(Topics.CLIENTS), r -> poison.toString().equals(r.key()), 1, PATIENCE);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(writes.count(
                "select count(*) from test_projection where client_id = any(?)", good))
                .isEqualTo(good.size()));
        assertThat(writes.count("select max(times_applied) from test_projection where client_id = any(?)", good))
                .isOne();
        assertThat(writes.count("select count(*) from test_projection where client_id = ?", poison)).isZero();
        assertThat(metric("ips_consumer_batch_fallbacks_total{consumer=\"test-projection\""))
                .as("the batch with the poison was taken again record by record").isGreaterThan(fallbacksBefore);
    }

    /**
     * Retention is zero in these tests: every handled inbox row and published outbox row may go at once. A consumer
     * that reads old offsets again (its group was reset, say) must still not apply them twice.
     */
    @Test
    void aRecordReadAgainAfterItsInboxRowWasDeletedIsStillKnownAsHandled() {
        UUID client = UUID.randomUUID();
        writes.refer(client, IpsVariant.IPS);
        ConsumerRecord<String, byte[]> published = TopicReader.await(Topics.CLIENTS,
                r -> client.toString().equals(r.key()), 1, PATIENCE).getFirst();
        String eventId = TopicReader.header(published, "ce_id");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                writes.count("select count(*) from test_projection where client_id = ?", client)).isOne());

        retention.purgeAll();
        assertThat(writes.count("select count(*) from ips_inbox where event_id = ?::text", UUID.fromString(eventId)))
                .isZero();
        assertThat(writes.count("select count(*) from ips_outbox where event_key = ?::text", client)).isZero();

        Inbox.Position where = new Inbox.Position(published.topic(), published.partition(), published.offset());
        assertThat(writes.claim("test-projection", eventId, where)).as("read again at its old offset").isFalse();
        assertThat(writes.claim("another-consumer", eventId, where)).as("new to another consumer").isTrue();
        assertThat(metric("ips_table_size_bytes{table=\"ips_inbox\"")).isPositive();
        assertThat(metric("ips_retention_deleted_total{table=\"ips_inbox\"")).isPositive();
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsReasonAndThePartitionMovesOn() {
        String key = UUID.randomUUID().toString();
        EventPublisher.send(new ProducerRecord<>(Topics.CLIENTS, key, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
        UUID rejected = UUID.randomUUID();
        writes.refer(rejected, IpsVariant.IPS_UNG);
        UUID accepted = UUID.randomUUID();
        writes.refer(accepted, IpsVariant.IPS);

        String deadLetters = Topics.deadLetterTopicOf(Topics.CLIENTS);
        ConsumerRecord<String, byte[]> garbage = TopicReader.await(deadLetters, r -> key.equals(r.key()), 1, PATIENCE)
                .getFirst();
        assertThat(TopicReader.header(garbage, InboxConsumers.REASON_HEADER)).contains("Not a CloudEvent");
        ConsumerRecord<String, byte[]> refused = TopicReader.await(deadLetters,
                r -> rejected.toString().equals(r.key()), 1, PATIENCE).getFirst();
        assertThat(TopicReader.header(refused, InboxConsumers.REASON_HEADER)).contains("no IPS Ung referrals");
        assertThat(TopicReader.header(refused, "ce_type")).isEqualTo("no.ipsbridge.client.referred.v1");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                writes.count("select count(*) from test_projection where client_id = ?", accepted)).isOne());
    }

    /**
     * The poll interval is 8 s in these tests: the consumer must stay in its group through a longer outage, show it
     * on readiness, and handle what arrived meanwhile once the database is back, without being restarted.
     */
    @Test
    void aConsumerOutlastsADatabaseOutageLongerThanItsPollIntervalAndReadinessShowsIt() throws InterruptedException {
        assumeTrue(SharedInfrastructure.faultsCanBeInjected(), "kills PostgreSQL: embedded servers only");
        UUID before = UUID.randomUUID();
        writes.refer(before, IpsVariant.IPS);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                writes.count("select count(*) from test_projection where client_id = ?", before)).isOne());
        assertThat(readiness().statusCode()).isEqualTo(200);

        long deadLettersBefore = metric("ips_consumer_dead_letters_total{consumer=\"test-projection\"");
        UUID during = UUID.randomUUID();
        SharedInfrastructure.postgres().kill();
        try {
            EventPublisher.publish("/ips-bridge/outbox-test", referral(during));
            await().atMost(PATIENCE).untilAsserted(() -> {
                var ready = readiness();
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.jsonPath().getString("checks.find { it.name == 'event-consumers' }.status"))
                        .isEqualTo("DOWN");
            });
            Thread.sleep(Duration.ofSeconds(12));
            assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
        } finally {
            SharedInfrastructure.postgres().start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                writes.count("select count(*) from test_projection where client_id = ?", during)).isOne());
        UUID after = UUID.randomUUID();
        writes.refer(after, IpsVariant.IPS);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                writes.count("select count(*) from test_projection where client_id = ?", after)).isOne());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(readiness().statusCode()).isEqualTo(200));
        assertThat(metric("ips_consumer_restarts_total{consumer=\"test-projection\"")).isZero();
        // Connections the restart closed fail once each while the database answers again: a fault, not poison.
        assertThat(metric("ips_consumer_dead_letters_total{consumer=\"test-projection\""))
                .isEqualTo(deadLettersBefore);
        assertThat(metric("ips_consumer_retries_total{consumer=\"test-projection\"")).isPositive();
    }

    private static ClientReferred referral(UUID client) {
        return new ClientReferred(client, Instant.now(), "HEALTH", "helse-bergen", "nav-bergen", null, IpsVariant.IPS,
                false);
    }

    private static io.restassured.response.Response readiness() {
        return given().get("/q/health/ready").then().extract().response();
    }

    private static long pendingMetric() {
        return metric("ips_outbox_pending ");
    }

    /** The value of the first metric line that starts with the given name (and labels), or -1 if there is none. */
    private static long metric(String prefix) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
