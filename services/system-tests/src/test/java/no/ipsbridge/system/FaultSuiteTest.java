package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.ipsbridge.events.Topics;
import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.launcher.IpsSystem;
import no.ipsbridge.launcher.LocalService;
import no.ipsbridge.system.SteadyLoad.Write;

/**
 * The faults an operator meets, one after another, under a steady load of referrals, enrolments, job starts and
 * employer contacts: the broker killed, PostgreSQL stopped past the consumers' poll interval, a service killed while
 * its relay publishes, a poison record, and a stretch of old records delivered again. Afterwards every acknowledged
 * write is in its database and its event on its topic, in order per client, no projection is off, and readiness
 * showed each outage. The table it prints is kept in docs/reliability.md.
 */
@ExtendWith(SystemUnderTest.class)
class FaultSuiteTest {

    private static final String SPECIALIST = "specialist3.bergen";
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    /** What one fault cost, as the table shows it. */
    private record Row(String fault, int writes, int missingInDatabase, int events, int missingEvents,
            int duplicatesDelivered, int deadLettered, int projectionMismatches, int orderViolations,
            boolean readinessWentDown,
            long millisToRecover) {
    }

    private final IpsSystem system = SystemUnderTest.system();
    /** Asks for readiness; shared by the watcher and the recovery wait (the client is thread-safe). */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final WriteChecks checks = new WriteChecks(system);
    private SteadyLoad load;
    private final Map<String, Set<String>> downDuring = new LinkedHashMap<>();
    /** When each fault began; a record belongs to the fault during which the broker appended it. */
    private final Map<String, Instant> began = new LinkedHashMap<>();
    private volatile String fault = "steady";

    @Test
    void everyAcknowledgedWriteSurvivesEveryFaultInOrderAndOnce() throws Exception {
        String employer = as(SPECIALIST, "placements").body(Map.of("organisationNumber", "987654325",
                "name", "Feilsikker Industri AS", "naceCode", "25.110", "municipality", "Bergen"))
                .post("/api/employers").then().statusCode(201).extract().path("id");
        load = new SteadyLoad(system, SPECIALIST, employer, () -> fault);
        Thread loading = Thread.ofPlatform().name("fault-suite-load").start(load);
        Thread readiness = Thread.ofPlatform().daemon().name("fault-suite-readiness").start(this::watchReadiness);
        Map<String, Long> recovery = new LinkedHashMap<>();
        try {
            phase("steady", Duration.ofSeconds(8), () -> { }, () -> { }, recovery);
            phase("broker killed (kill -9) and restarted", Duration.ofSeconds(5), () -> system.kafka().kill(),
                    () -> system.kafka().start(), recovery);
            phase("PostgreSQL stopped 30 s (poll interval 20 s)", Duration.ofSeconds(30),
                    () -> system.postgres().close(), () -> system.postgres().start(), recovery);
            phase("clients service killed (kill -9) while publishing", Duration.ofSeconds(3),
                    () -> system.killService("clients"), () -> system.restartService("clients"), recovery);
            String poisonKey = UUID.randomUUID().toString();
            phase("poison record on ips.clients.v1", Duration.ofSeconds(5), () -> send(new ProducerRecord<>(
                    Topics.CLIENTS, poisonKey, "{not a cloud event"), List.of()), () -> { }, recovery);
            phase("a stretch of 100 old records delivered again", Duration.ofSeconds(5), this::redeliverOldRecords,
                    () -> { }, recovery);
            assertPoisonDeadLettered(poisonKey);
            assertThat(loading.isAlive()).as("the load went on through every fault").isTrue();
        } finally {
            load.stop();
            loading.join(Duration.ofSeconds(60).toMillis());
            readiness.interrupt();
        }

        awaitConvergence();
        List<ConsumerRecord<String, String>> records = PartnerConsumer.readEverything(system.kafka());
        List<ConsumerRecord<String, String>> deadLetters = PartnerConsumer.read(system.kafka(), KafkaAccess.ADMIN,
                PartnerConsumer.TOPICS.stream().map(Topics::deadLetterTopicOf).toList());
        List<Row> rows = new ArrayList<>();
        for (String phase : recovery.keySet()) {
            rows.add(rowFor(phase, records, deadLetters, recovery.get(phase)));
        }
        String table = table(rows);
        System.out.println(table);
        Path out = Path.of("target", "fault-suite.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);

        assertThat(load.writes()).as("acknowledged writes").hasSizeGreaterThan(40);
        for (Row row : rows) {
            assertThat(row.writes()).as(row.fault() + ": writes acknowledged").isPositive();
            assertThat(row.missingInDatabase()).as(row.fault() + ": acknowledged writes missing").isZero();
            assertThat(row.missingEvents()).as(row.fault() + ": events missing from their topics").isZero();
            assertThat(row.orderViolations()).as(row.fault() + ": per-client order violations").isZero();
            assertThat(row.projectionMismatches()).as(row.fault() + ": projections off").isZero();
            if (!row.fault().startsWith("poison")) {
                assertThat(row.deadLettered()).as(row.fault() + ": records dead-lettered").isZero();
            }
        }
        assertThat(rows).filteredOn(row -> row.fault().startsWith("broker") || row.fault().startsWith("PostgreSQL")
                || row.fault().startsWith("clients service")).allMatch(Row::readinessWentDown);
        assertThat(rows.stream().filter(row -> row.fault().startsWith("a stretch")).findFirst().orElseThrow()
                .duplicatesDelivered()).as("the redelivered stretch arrived again").isPositive();
        assertThat(rows.stream().filter(row -> row.fault().startsWith("poison")).findFirst().orElseThrow()
                .deadLettered()).as("the poison record, once per consumer group of its topic").isPositive();
    }

    /** Runs a fault: breaks something, waits, repairs it, and measures until every service is ready again. */
    private void phase(String name, Duration outage, ThrowingRunnable breakIt, ThrowingRunnable repairIt,
            Map<String, Long> recovery) throws Exception {
        fault = name;
        began.put(name, Instant.now());
        downDuring.put(name, ConcurrentHashMap.newKeySet());
        breakIt.run();
        Thread.sleep(outage.toMillis());
        repairIt.run();
        Instant repaired = Instant.now();
        List<Write> beforeRepair = load.writes();
        // Recovered: every service ready, and the read model shows every write acknowledged before the repair.
        await().atMost(CONVERGENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> allReady() && checks.notYetProjected(beforeRepair) == 0);
        recovery.put(name, Duration.between(repaired, Instant.now()).toMillis());
        // Let the load run on for a moment under the same name, so the writes right after the repair count too.
        Thread.sleep(2_000);
    }

    private void watchReadiness() {
        while (!Thread.currentThread().isInterrupted()) {
            for (LocalService service : system.services()) {
                if (!ready(service)) {
                    Set<String> down = downDuring.get(fault);
                    if (down != null) {
                        down.add(service.name());
                    }
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean allReady() {
        return system.services().stream().allMatch(this::ready);
    }

    private boolean ready(LocalService service) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last 100 records of the clients and placements topics, sent again as they were (same event ids). */
    private void redeliverOldRecords() {
        List<ConsumerRecord<String, String>> all = PartnerConsumer.readEverything(system.kafka());
        List<ConsumerRecord<String, String>> stretch = new ArrayList<>();
        for (String topic : List.of(Topics.CLIENTS, Topics.PLACEMENTS)) {
            // Events only: the poison record of the fault before is not part of the history being redelivered.
            List<ConsumerRecord<String, String>> ofTopic = all.stream().filter(r -> r.topic().equals(topic))
                    .filter(r -> !WriteChecks.header(r, "ce_id").isEmpty()).toList();
            stretch.addAll(ofTopic.subList(Math.max(0, ofTopic.size() - 50), ofTopic.size()));
        }
        List<ProducerRecord<String, String>> copies = stretch.stream().map(r -> new ProducerRecord<>(r.topic(),
                r.partition(), r.key(), r.value(), r.headers())).toList();
        send(null, copies);
    }

    private void send(ProducerRecord<String, String> one, List<ProducerRecord<String, String>> many) {
        Properties config = new Properties();
        config.putAll(system.kafka().clientProperties(KafkaAccess.ADMIN));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<ProducerRecord<String, String>> records = new ArrayList<>(many);
            if (one != null) {
                records.add(one);
            }
            for (ProducerRecord<String, String> record : records) {
                producer.send(record).get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to the broker", e);
        }
    }

    private void assertPoisonDeadLettered(String key) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = PartnerConsumer.read(system.kafka(), KafkaAccess.ADMIN,
                    List.of(Topics.deadLetterTopicOf(Topics.CLIENTS))).stream().filter(r -> key.equals(r.key())).toList();
            assertThat(dead).isNotEmpty();
            assertThat(dead).allSatisfy(r -> assertThat(new String(r.headers().lastHeader("ips_dlt_reason").value(),
                    StandardCharsets.UTF_8)).contains("Not a CloudEvent"));
        });
    }

    /** Every service's projection has caught up with every acknowledged write (or the wait fails). */
    private void awaitConvergence() {
        await().atMost(CONVERGENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> checks.projectionMismatches(load.writes()) == 0);
    }

    private Row rowFor(String phase, List<ConsumerRecord<String, String>> records,
            List<ConsumerRecord<String, String>> deadLetters, long millisToRecover)
            throws SQLException {
        List<Write> ofPhase = load.writes().stream().filter(w -> w.phase().equals(phase)).toList();
        int events = WriteChecks.withEvent(ofPhase, records);
        return new Row(phase, ofPhase.size(), checks.missingInDatabase(ofPhase), events, ofPhase.size() - events,
                duplicatesAppended(phase, records),
                (int) deadLetters.stream().filter(r -> during(phase, r.timestamp())).count(),
                checks.projectionMismatches(ofPhase),
                WriteChecks.orderViolations(records, WriteChecks.clientsOf(ofPhase)),
                !downDuring.getOrDefault(phase, Set.of()).isEmpty(), millisToRecover);
    }

    /** Whether the broker appended a record (by its timestamp) during the fault, before the next one began. */
    private boolean during(String phase, long timestamp) {
        List<String> phases = new ArrayList<>(began.keySet());
        int index = phases.indexOf(phase);
        long from = began.get(phase).toEpochMilli();
        long to = index + 1 < phases.size() ? began.get(phases.get(index + 1)).toEpochMilli() : Long.MAX_VALUE;
        return timestamp >= from && timestamp < to;
    }

    /** Records appended during the fault that carry an event id already on their topic. */
    private int duplicatesAppended(String phase, List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        List<ConsumerRecord<String, String>> inOrder = records.stream()
                .sorted(Comparator.comparingLong(ConsumerRecord::timestamp)).toList();
        for (ConsumerRecord<String, String> record : inOrder) {
            boolean repeat = !seen.add(record.topic() + WriteChecks.header(record, "ce_id"));
            if (repeat && during(phase, record.timestamp())) {
                duplicates++;
            }
        }
        return duplicates;
    }

    private static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("""
                | fault | writes acknowledged | missing in database | events on topics | missing events \
                | duplicates delivered | dead-lettered | projections off | order violations | readiness went DOWN \
                | seconds to recover |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                """);
        for (Row row : rows) {
            table.append("| ").append(row.fault()).append(" | ").append(row.writes()).append(" | ")
                    .append(row.missingInDatabase()).append(" | ").append(row.events()).append(" | ")
                    .append(row.missingEvents()).append(" | ").append(row.duplicatesDelivered()).append(" | ")
                    .append(row.deadLettered()).append(" | ")
                    .append(row.projectionMismatches()).append(" | ").append(row.orderViolations()).append(" | ")
                    .append(row.readinessWentDown() ? "yes" : "no").append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", row.millisToRecover() / 1000.0))
                    .append(" |\n");
        }
        return table.toString();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
