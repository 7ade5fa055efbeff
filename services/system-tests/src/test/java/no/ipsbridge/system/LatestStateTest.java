package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.MalformedEventException;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientState;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.infra.Workspace;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * A partner that joins late (ADR 33): it bootstraps from the compacted ips.client-state.v1 and then follows
 * ips.clients.v1 from a point before its snapshot, applying an event only past the state's {@code asOfSequence}, and
 * knows what a partner that replayed ips.clients.v1 from offset 0 knows, while the clients change in between.
 */
@ExtendWith(SystemUnderTest.class)
class LatestStateTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    @Test
    void bootstrappingFromTheLatestStateAndFollowingTheEventsGivesWhatAReplayFromTheStartGives() throws Exception {
        Journeys.specialistOnRoster();
        String nationalId = SyntheticIdentityNumbers.random();
        UUID a = Journeys.clientOnCaseload(referral(nationalId));
        UUID b = Journeys.referredClient(referral(SyntheticIdentityNumbers.random()));
        String consent = as("clinician.bergen", "clients").body(Map.of("direction", "HEALTH_TO_NAV"))
                .post("/api/clients/{id}/consents", a).then().statusCode(201).extract().path("id");
        await().atMost(PROPAGATION).until(() -> latestStates().containsKey(b)
                && latestStates().get(a).consents().size() == 1);

        // The partner notes where ips.clients.v1 ends now, and will follow it from there ...
        Map<TopicPartition, Long> followFrom = endOffsets(Topics.CLIENTS);
        // ... while the clients change before it reads its snapshot,
        moveTo(a, "JOB_SEARCH");
        UUID c = Journeys.referredClient(referral(SyntheticIdentityNumbers.random()));
        as("clinician.bergen", "clients").body(Map.of())
                .post("/api/clients/{id}/consents/{c}/withdrawal", a, consent).then().statusCode(200);
        await().atMost(PROPAGATION).until(() -> latestStates().containsKey(c)
                && latestStates().get(a).consents().isEmpty());
        Map<UUID, ClientState> snapshot = latestStates();
        assertThat(snapshot.get(a).status()).isEqualTo(ClientStatus.JOB_SEARCH);

        // ... and after it.
        as("specialist.bergen", "clients").body(Map.of()).post("/api/clients/{id}/enrolment", b).then()
                .statusCode(200);
        as("clinician.bergen", "clients").body(Map.of("direction", "NAV_TO_HEALTH"))
                .post("/api/clients/{id}/consents", c).then().statusCode(201);
        as("specialist.bergen", "clients").body(Map.of("reason", "MOVED"))
                .post("/api/clients/{id}/discharge", a).then().statusCode(200);
        await().atMost(PROPAGATION).until(() -> latestStates().get(a).status() == ClientStatus.DISCHARGED
                && latestStates().get(b).status() == ClientStatus.ENROLLED
                && latestStates().get(c).consents().size() == 1);

        Map<UUID, ClientState> followed = new HashMap<>(snapshot);
        int skipped = follow(followed, read(Topics.CLIENTS, followFrom));
        Map<UUID, ClientState> replayed = new HashMap<>();
        follow(replayed, read(Topics.CLIENTS, Map.of()));

        for (UUID client : List.of(a, b, c)) {
            assertThat(followed.get(client)).as("client %s bootstrapped and followed", client)
                    .isEqualTo(replayed.get(client));
        }
        // At least the three between the noted offsets and the snapshot: a status, a referral, a withdrawal.
        assertThat(skipped).as("events the snapshot already held, met again and skipped").isGreaterThanOrEqualTo(3);
        assertThat(replayed.get(a).status()).isEqualTo(ClientStatus.DISCHARGED);
        assertThat(replayed.get(b).specialistId()).isNotNull();
        assertThat(replayed.get(c).consents()).hasSize(1);
        // What the API says, the state says.
        for (UUID client : List.of(a, b, c)) {
            String status = as("specialist.bergen", "clients").get("/api/clients/{id}", client).then()
                    .statusCode(200).extract().path("status");
            assertThat(replayed.get(client).status().name()).isEqualTo(status);
        }
    }

    @Test
    void theTopicIsCompactedKeyedByTheClientAndCarriesNoPerson() throws Exception {
        String nationalId = SyntheticIdentityNumbers.random();
        UUID client = Journeys.referredClient(referral(nationalId));
        await().atMost(PROPAGATION).until(() -> latestStates().containsKey(client));
        try (Admin admin = Admin.create(system().kafka().clientProperties(KafkaAccess.ADMIN))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CLIENT_STATE);
            Config config = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        List<ConsumerRecord<String, byte[]>> records = read(Topics.CLIENT_STATE, Map.of()).stream()
                .filter(record -> client.toString().equals(record.key())).toList();
        assertThat(records).isNotEmpty();
        for (ConsumerRecord<String, byte[]> record : records) {
            String text = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain(nationalId, "Sofie", "Lindqvist");
        }
    }

    @Test
    void theExampleConsumerInThePartnersGuideBootstrapsEveryClientAndExits() throws Exception {
        UUID client = Journeys.referredClient(referral(SyntheticIdentityNumbers.random()));
        await().atMost(PROPAGATION).until(() -> latestStates().containsKey(client));
        String classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(jar -> jar.contains("kafka-clients") || jar.contains("slf4j-api"))
                .collect(Collectors.joining(File.pathSeparator));
        Path example = Workspace.repositoryRoot().resolve("docs/partners/ClientFeed.java");
        Path printed = Files.createTempFile("client-feed", ".txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, example.toString(), system().kafka().bootstrapServers(),
                KafkaAccess.PARTNER.username(), KafkaAccess.PARTNER.password(), "--local", "--until-end")
                .redirectErrorStream(true).redirectOutput(printed.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String output = Files.readString(printed);
        assertThat(process.isAlive()).as("still running after two minutes: %s", output).isFalse();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).as(output)
                .contains("state " + client + " " + latestStates().get(client).asOfSequence());
    }

    /** Applies each client event past its client's {@code asOfSequence}, as docs/partners.md says; the skipped. */
    private static int follow(Map<UUID, ClientState> states, List<ConsumerRecord<String, byte[]>> records) {
        int skipped = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event;
            try {
                event = CloudEventMapping.fromRecord(record);
            } catch (MalformedEventException notAnEvent) {
                continue;
            }
            Object sequence = event.getExtension(CloudEventMapping.SEQUENCE);
            if (sequence == null || !(CloudEventMapping.payload(event) instanceof ClientEvent clientEvent)) {
                continue;
            }
            UUID client = UUID.fromString(clientEvent.subject());
            ClientState known = states.get(client);
            if (known != null && known.holds(sequence.toString())) {
                skipped++;
                continue;
            }
            states.put(client, ClientState.apply(known, clientEvent, sequence.toString(),
                    UUID.fromString(event.getId()), event.getTime().toInstant()));
        }
        return skipped;
    }

    /** The last record of each client on the latest-state topic, read to its end as the partner. */
    private static Map<UUID, ClientState> latestStates() {
        Map<UUID, ClientState> states = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : read(Topics.CLIENT_STATE, Map.of())) {
            states.put(UUID.fromString(record.key()),
                    (ClientState) CloudEventMapping.payload(CloudEventMapping.fromRecord(record)));
        }
        return states;
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        return PartnerConsumer.endOffsets(system().kafka(), KafkaAccess.PARTNER, topic);
    }

    /** The topic from the given offsets (offset 0 where none is given) to its end now, as the partner reads it. */
    private static List<ConsumerRecord<String, byte[]>> read(String topic, Map<TopicPartition, Long> from) {
        return PartnerConsumer.readFrom(system().kafka(), KafkaAccess.PARTNER, topic, from);
    }

    private static Map<String, Object> referral(String nationalId) {
        return Map.of("nationalId", nationalId, "givenName", "Sofie", "familyName", "Lindqvist", "navOffice",
                "nav-bergen", "workingAtReferral", false);
    }

    private static void moveTo(UUID client, String status) {
        as("specialist.bergen", "clients").body(Map.of("status", status)).post("/api/clients/{id}/status", client)
                .then().statusCode(200);
    }
}
