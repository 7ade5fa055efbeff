package no.ipsbridge.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.Topics;
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

        EventPublisher.send(new ProducerRecord<>(Topics.CLIENTS, null, published.key(), published.value(), published.headers()));
        TopicReader.await(Topics.CLIENTS, r -> client.toString().equals(r.key()), 2, PATIENCE);

        // The enrolment has the same key, so it is on the same partition after the duplicate: once the consumer has
        // applied it, it has seen the duplicate too.
        writes.enrol(client);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(writes.count(
                "select count(*) from test_projection where client_id = ? and enrolled_on is not null", client)).isOne());
        assertThat(writes.count("select max(times_applied) from test_projection where client_id = ?", client)).isOne();
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

    private static long pendingMetric() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("ips_outbox_pending "))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
