package no.ipsbridge.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local broker as an outsider meets it: no sign-in, no topics; each user only what KafkaAccess grants. */
class KafkaAccessTest {

    private static final List<String> TOPICS = List.of("ips.clients.v1", "ips.specialists.v1", "ips.placements.v1",
            "ips.teams.v1", "ips.audit.v1", "ips.protection.v1", "ips.client-state.v1");

    private static Path dir;
    private static KafkaBroker kafka;

    @BeforeAll
    static void start() throws Exception {
        dir = Workspace.temporaryDirectory("kafka-access-test");
        kafka = new KafkaBroker(dir, Ports.free(), Ports.free()).start();
        try (Admin admin = Admin.create(kafka.clientProperties(KafkaAccess.ADMIN));
                KafkaProducer<String, String> producer = producer(KafkaAccess.ADMIN)) {
            admin.createTopics(TOPICS.stream().map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
            for (String topic : TOPICS) {
                producer.send(new ProducerRecord<>(topic, "key", "an event on " + topic)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    @AfterAll
    static void stop() {
        kafka.close();
        Workspace.deleteRecursively(dir);
    }

    @Test
    void thePartnerReadsThePartnerTopicsAndIsRefusedTheInternalOnes() {
        for (String topic : KafkaAccess.PARTNER_TOPICS) {
            assertThat(readAll(KafkaAccess.PARTNER, topic)).extracting(ConsumerRecord::value)
                    .contains("an event on " + topic);
        }
        for (String internal : List.of("ips.audit.v1", "ips.protection.v1")) {
            assertThatThrownBy(() -> readAll(KafkaAccess.PARTNER, internal))
                    .isInstanceOf(TopicAuthorizationException.class).hasMessageContaining(internal);
        }
    }

    @Test
    void signedInWithPlainAsDebiansKcatDoesThePartnerIsHeldToTheSameAcls() {
        Map<String, Object> plain = new HashMap<>(kafka.clientProperties(KafkaAccess.PARTNER));
        plain.put("sasl.mechanism", "PLAIN");
        plain.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + KafkaAccess.PARTNER.username() + "\" password=\"" + KafkaAccess.PARTNER.password() + "\";");
        assertThat(readAll(plain, "ips.clients.v1")).extracting(ConsumerRecord::value)
                .contains("an event on ips.clients.v1");
        assertThatThrownBy(() -> readAll(plain, "ips.audit.v1")).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void thePartnerCannotWriteEvenToThePartnerTopics() {
        // Not idempotent, as kcat's producer: the refusal is then about the topic, not about the cluster.
        try (KafkaProducer<String, String> producer = producer(KafkaAccess.PARTNER,
                Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("ips.clients.v1", "key", "forged")).get(
                    30, TimeUnit.SECONDS)).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceWritesItsOwnTopicAndNotAnothersNorReadsWhatItDoesNotConsume() throws Exception {
        KafkaLogin teams = KafkaAccess.localLogin("teams").orElseThrow();
        try (KafkaProducer<String, String> producer = producer(teams)) {
            producer.send(new ProducerRecord<>("ips.teams.v1", "key", "a team event")).get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("ips.clients.v1", "key", "forged")).get(
                    30, TimeUnit.SECONDS)).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        // Teams consumes clients and protection, never the placements or the audit trail.
        assertThat(readAll(teams, "ips.protection.v1")).hasSize(1);
        assertThatThrownBy(() -> readAll(teams, "ips.audit.v1")).isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> readAll(teams, "ips.placements.v1"))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aClientThatDoesNotSignInOrGivesAWrongPasswordGetsNothing() {
        Map<String, Object> anonymous = new HashMap<>(kafka.clientProperties(KafkaAccess.PARTNER));
        anonymous.keySet().removeIf(key -> key.startsWith("sasl.") || key.equals("security.protocol"));
        // The broker never answers a client that does not speak SASL: it waits, then gives up.
        assertThatThrownBy(() -> readAll(anonymous, "ips.clients.v1"))
                .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);

        KafkaLogin wrong = new KafkaLogin(KafkaAccess.PARTNER.username(), "guessed");
        assertThatThrownBy(() -> readAll(kafka.clientProperties(wrong), "ips.clients.v1"))
                .isInstanceOf(SaslAuthenticationException.class);
    }

    private static List<ConsumerRecord<String, String>> readAll(KafkaLogin login, String topic) {
        return readAll(kafka.clientProperties(login), topic);
    }

    private static List<ConsumerRecord<String, String>> readAll(Map<String, Object> client, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static KafkaProducer<String, String> producer(KafkaLogin login) {
        return producer(login, Map.of());
    }

    private static KafkaProducer<String, String> producer(KafkaLogin login, Map<String, Object> more) {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties(login));
        config.putAll(more);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
