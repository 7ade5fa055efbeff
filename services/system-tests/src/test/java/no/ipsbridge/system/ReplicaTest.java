package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM;
import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM_SECRET;
import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import io.restassured.response.Response;
import no.ipsbridge.events.Topics;
import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.launcher.IpsSystem;
import no.ipsbridge.launcher.LocalService;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.system.SteadyLoad.Write;

/**
 * Two replicas of every service on the same databases, topics and consumer groups, as on Kubernetes. A replica of
 * each service is killed (kill -9) in the middle of a minute's load that goes through both, and started again;
 * afterwards every acknowledged write is in its database and its event on its topic once and in order per client,
 * every projection agrees with its source, and the run prints what it counted (kept in docs/reliability.md).
 */
@ExtendWith(SystemUnderTest.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaTest {

    private static final String SPECIALIST = "specialist3.bergen";
    private static final Duration LOAD = Duration.ofSeconds(60);
    /** How long the killed replicas stay down: the survivors carry everything alone meanwhile. */
    private static final Duration DOWN = Duration.ofSeconds(10);
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    /** The topic each service's outbox publishes to, for those the load writes to. */
    private static final Map<String, String> TOPIC_OF = Map.of("clients", Topics.CLIENTS, "placements",
            Topics.PLACEMENTS);

    private static IpsSystem system;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @BeforeAll
    static void twoReplicasOfEveryService() {
        system = SystemUnderTest.system();
        system.scaleTo(2, line -> System.out.println("[replicas] " + line));
    }

    @AfterAll
    static void backToOne() {
        system.scaleTo(1, line -> System.out.println("[replicas] " + line));
    }

    @Test
    @Order(1)
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerWhicheverReplicaEitherReached() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> referral = Map.of("nationalId", SyntheticIdentityNumbers.random(), "givenName", "Replika",
                "familyName", "Test", "navOffice", "nav-bergen", "workingAtReferral", false);
        List<IpsSystem.Replica> clients = system.replicas("clients");
        assertThat(clients).hasSize(2);
        // Both at once, one to each replica: the key's row lock lets one run and the other answer as it did.
        List<CompletableFuture<Response>> both = clients.stream().map(replica -> CompletableFuture.supplyAsync(
                () -> asClient(CLINIC_SYSTEM, CLINIC_SYSTEM_SECRET, "clients").baseUri(replica.url())
                        .header("Idempotency-Key", key).body(referral).post("/api/referrals"))).toList();
        List<Response> answers = both.stream().map(CompletableFuture::join).toList();
        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.path("id").toString()).containsOnly(
                answers.getFirst().path("id").toString());
        assertThat(answers).extracting(answer -> answer.header("Idempotent-Replayed")).containsOnlyOnce("true");

        String client = answers.getFirst().path("id");
        assertThat(new WriteChecks(system).count("clients",
                "select count(*) from ips_outbox where event_key = ? and ce_type = 'no.ipsbridge.client.referred.v1'",
                client)).as("referred events written for the one referral").isEqualTo(1);
    }

    @Test
    @Order(2)
    void anEtagReadFromOneReplicaGuardsAChangeMadeThroughTheOther() {
        String client = asClient(CLINIC_SYSTEM, CLINIC_SYSTEM_SECRET, "clients").body(Map.of("nationalId",
                SyntheticIdentityNumbers.random(), "givenName", "Replika", "familyName", "Test", "navOffice",
                "nav-bergen", "workingAtReferral", false)).post("/api/referrals").then().statusCode(201).extract()
                .path("id");
        List<IpsSystem.Replica> clients = system.replicas("clients");
        String first = clients.get(0).url();
        String second = clients.get(1).url();
        String read = as(SPECIALIST, "clients").baseUri(first).get("/api/clients/{id}", client).then().statusCode(200)
                .extract().header("ETag");
        as(SPECIALIST, "clients").baseUri(second).header("If-Match", read).body(Map.of())
                .post("/api/clients/{id}/enrolment", client).then().statusCode(200);
        // The replica that served the read has not seen the enrolment in any cache: it refuses the stale version.
        as(SPECIALIST, "clients").baseUri(first).header("If-Match", read).body(Map.of("status", "JOB_SEARCH"))
                .post("/api/clients/{id}/status", client).then().statusCode(412);
        String fresh = as(SPECIALIST, "clients").baseUri(second).get("/api/clients/{id}", client).then()
                .statusCode(200).extract().header("ETag");
        as(SPECIALIST, "clients").baseUri(first).header("If-Match", fresh).body(Map.of("status", "JOB_SEARCH"))
                .post("/api/clients/{id}/status", client).then().statusCode(200);
    }

    @Test
    @Order(3)
    void aSpecialistSignedInThroughOneReplicaOfTheWebClientGoesOnThroughTheOther() {
        List<IpsSystem.Replica> web = system.replicas("web");
        try (Browser phone = Browser.phone()) {
            phone.open(web.get(0).url() + "/");
            phone.signIn("specialist.bergen", "demo", web.get(0).url());
            phone.waitForText(By.id("greeting"), "Hei, Siri Spesialist");
            // The same host, so the browser sends the session cookie to the other replica: it must read it.
            phone.open(web.get(1).url() + "/");
            assertThat(phone.script("return fetch('/bff/me', { headers: { 'X-Requested-With': 'JavaScript' },"
                    + " redirect: 'manual' }).then(r => r.status)")).as("the session, read by the other replica")
                    .isEqualTo(200L);
            phone.waitForText(By.id("greeting"), "Hei, Siri Spesialist");
        }
    }

    @Test
    @Order(4)
    void theReplicasOfAServiceShareEachOfItsConsumerGroupsPartitionByPartition() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, ConsumerGroupDescription> groups = serviceGroups();
            assertThat(groups).as("the services' consumer groups").isNotEmpty();
            for (ConsumerGroupDescription group : groups.values()) {
                Set<String> instances = group.members().stream().map(member -> member.clientId()
                        .substring(member.clientId().indexOf('@') + 1)).collect(Collectors.toSet());
                assertThat(instances).as("the replicas in group " + group.groupId()).hasSize(2);
                List<TopicPartition> assigned = group.members().stream()
                        .flatMap(member -> member.assignment().topicPartitions().stream()).toList();
                assertThat(assigned).as("partitions of group " + group.groupId() + ", each read by one member")
                        .doesNotHaveDuplicates();
            }
        });
    }

    @Test
    @Order(5)
    void aRebuildOfTheReportsIsRefusedWhileAnotherReplicaHoldsPartOfTheTopics() {
        as("manager.bergen", "reporting").post("/api/read-model/rebuild").then().statusCode(409)
                .body("type", endsWith("/other-replicas-consuming"))
                .body("detail", containsString("scale the service to one replica"));
        as("manager.bergen", "reporting").get("/api/read-model/rebuild").then().statusCode(200)
                .body("state", equalTo("CURRENT"));
    }

    @Test
    @Order(6)
    void loadThroughBothReplicasLosesNothingWhenOneOfEachIsKilled() throws Exception {
        String employer = as(SPECIALIST, "placements").body(Map.of("organisationNumber", "913579135", "name",
                "Replika Verksted AS", "naceCode", "25.110", "municipality", "Bergen")).post("/api/employers")
                .then().statusCode(201).extract().path("id");
        List<String> services = system.services().stream().filter(LocalService::servesApi)
                .map(service -> service.name()).toList();
        Map<String, Double> duplicatesBefore = duplicatesSuppressed(allReplicas());
        Map<String, Double> duplicatesAtKill = new HashMap<>();
        Map<String, Instant> killedAt = new LinkedHashMap<>();
        Map<String, Long> restartMillis = Collections.synchronizedMap(new LinkedHashMap<>());
        Map<String, String> probes = new LinkedHashMap<>();

        SteadyLoad load = new SteadyLoad(system, SPECIALIST, employer, () -> "replicas");
        Instant loadStarted = Instant.now();
        Thread loading = Thread.ofPlatform().name("replica-load").start(load);
        Instant restarted;
        try {
            Thread.sleep(LOAD.dividedBy(3).toMillis());
            // The first replica of one half, the second of the other: neither is special.
            for (int i = 0; i < services.size(); i++) {
                IpsSystem.Replica replica = system.replicas(services.get(i)).get(i % 2);
                duplicatesAtKill.putAll(duplicatesSuppressed(List.of(replica)));
                system.killService(replica.label());
                killedAt.put(replica.label(), Instant.now());
            }
            probes.putAll(probeThroughTheSurvivors(employer));
            Thread.sleep(DOWN.toMillis());
            restarted = Instant.now();
            List<CompletableFuture<Void>> restarts = killedAt.keySet().stream().map(label -> CompletableFuture
                    .runAsync(() -> {
                        Instant start = Instant.now();
                        system.restartService(label);
                        restartMillis.put(label, Duration.between(start, Instant.now()).toMillis());
                    })).toList();
            restarts.forEach(CompletableFuture::join);
            Duration left = LOAD.minus(Duration.between(loadStarted, Instant.now()));
            // Both replicas again for a while, so that the restarted ones take part in the load too.
            Thread.sleep(Math.max(left.toMillis(), Duration.ofSeconds(10).toMillis()));
            assertThat(loading.isAlive()).as("the load went on throughout").isTrue();
        } finally {
            load.stop();
            loading.join(Duration.ofSeconds(60).toMillis());
        }

        List<Write> writes = load.writes();
        WriteChecks checks = new WriteChecks(system);
        await().atMost(CONVERGENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> checks.projectionMismatches(writes) == 0);
        List<ConsumerRecord<String, String>> records = PartnerConsumer.readEverything(system.kafka());
        List<ConsumerRecord<String, String>> ofRun = records.stream()
                .filter(r -> r.timestamp() >= loadStarted.toEpochMilli()).toList();
        Map<String, Double> duplicatesAfter = duplicatesSuppressed(allReplicas());

        int events = WriteChecks.withEvent(writes, records);
        int missingInDatabase = checks.missingInDatabase(writes);
        int orderViolations = WriteChecks.orderViolations(records, WriteChecks.clientsOf(writes));
        int duplicatesDelivered = repeatedEventIds(ofRun);
        long suppressed = Math.round(suppressedDuring(duplicatesBefore, duplicatesAtKill, duplicatesAfter));
        // From the kill to the broker's append of the probe written through the survivor right after it.
        Instant lastKill = killedAt.values().stream().max(Instant::compareTo).orElseThrow();
        Map<String, Instant> probeAppended = new LinkedHashMap<>();
        probes.forEach((service, id) -> probeAppended.put(service, ofRun.stream()
                .filter(r -> r.topic().equals(TOPIC_OF.get(service)) && r.value() != null && r.value().contains(id))
                .map(r -> Instant.ofEpochMilli(r.timestamp())).min(Instant::compareTo).orElse(null)));
        Map<String, Long> handover = new LinkedHashMap<>();
        probeAppended.forEach((service, appended) -> handover.put(service,
                appended == null ? null : Duration.between(lastKill, appended).toMillis()));

        String report = report(writes, events, missingInDatabase, orderViolations, duplicatesDelivered, suppressed,
                checks.projectionMismatches(writes), handover, restartMillis);
        System.out.println(report);
        Path out = Path.of("target", "replicas.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(writes).as("acknowledged writes").hasSizeGreaterThan(40);
        assertThat(writes).extracting(Write::kind).contains(SteadyLoad.Kind.values());
        assertThat(missingInDatabase).as("acknowledged writes missing from their databases").isZero();
        assertThat(writes.size() - events).as("acknowledged writes without their event on the topic").isZero();
        assertThat(orderViolations).as("events of a client out of order on a topic").isZero();
        assertThat(checks.projectionMismatches(writes)).as("projections that disagree with their source").isZero();
        // While the killed replicas were down, the survivors published what was written through them: a handover.
        assertThat(probes.keySet()).containsExactlyInAnyOrderElementsOf(TOPIC_OF.keySet());
        probeAppended.forEach((service, appended) -> assertThat(appended).as("the probe written through the "
                + "surviving replica of " + service + ", on its topic before the killed one was started again")
                .isNotNull().isBefore(restarted));
    }

    /**
     * Right after the kills, one write through each service whose outbox the load fills, retried until a
     * surviving replica acknowledges it; its id, by service.
     */
    private Map<String, String> probeThroughTheSurvivors(String employer) {
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("clients", acknowledged(() -> asClient(CLINIC_SYSTEM, CLINIC_SYSTEM_SECRET, "clients")
                .baseUri(system.replicas("clients").getFirst().url()).body(Map.of("nationalId",
                        SyntheticIdentityNumbers.random(), "givenName", "Overtak", "familyName", "Test",
                        "navOffice", "nav-bergen", "workingAtReferral", false)).post("/api/referrals")));
        probes.put("placements", acknowledged(() -> as(SPECIALIST, "placements")
                .baseUri(system.replicas("placements").getFirst().url()).body(Map.of("employerId", employer,
                        "faceToFace", false, "purpose", "LEARNING_NEEDS")).post("/api/employer-contacts")));
        return probes;
    }

    private static String acknowledged(Supplier<Response> write) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response response = write.get();
            return response.statusCode() == 201 ? response.path("id").toString() : null;
        }, id -> id != null);
    }

    /** The consumer groups of the services that keep data (the tests' own groups aside). */
    private Map<String, ConsumerGroupDescription> serviceGroups() throws Exception {
        try (Admin admin = Admin.create(system.kafka().clientProperties(KafkaAccess.ADMIN))) {
            Set<String> prefixes = system.services().stream().filter(LocalService::servesApi)
                    .map(service -> "ips-" + service.name() + ".").collect(Collectors.toSet());
            Collection<ConsumerGroupListing> listings = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS);
            List<String> ids = listings.stream().map(ConsumerGroupListing::groupId)
                    .filter(id -> prefixes.stream().anyMatch(id::startsWith)).toList();
            return admin.describeConsumerGroups(ids).all().get(10, TimeUnit.SECONDS);
        }
    }

    private List<IpsSystem.Replica> allReplicas() {
        return system.services().stream().filter(LocalService::servesApi)
                .flatMap(service -> system.replicas(service.name()).stream()).toList();
    }

    /** Each replica's count, by label, of records its consumers were delivered again and did not apply. */
    private Map<String, Double> duplicatesSuppressed(List<IpsSystem.Replica> replicas)
            throws IOException, InterruptedException {
        Map<String, Double> counts = new HashMap<>();
        for (IpsSystem.Replica replica : replicas) {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(replica.url() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            counts.put(replica.label(), metrics.lines().filter(line -> line.startsWith("ips_consumer_duplicates_total"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
        }
        return counts;
    }

    /** What the replicas counted during the run; a killed replica's count until its kill, then from 0 again. */
    private static double suppressedDuring(Map<String, Double> before, Map<String, Double> atKill,
            Map<String, Double> after) {
        double total = 0;
        for (Map.Entry<String, Double> end : after.entrySet()) {
            double start = before.getOrDefault(end.getKey(), 0.0);
            total += atKill.containsKey(end.getKey()) ? atKill.get(end.getKey()) - start + end.getValue()
                    : end.getValue() - start;
        }
        return total;
    }

    /** Records whose event id was already on their topic: the relay published them again after a kill. */
    private static int repeatedEventIds(List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (ConsumerRecord<String, String> record : records) {
            if (!seen.add(record.topic() + WriteChecks.header(record, "ce_id"))) {
                repeats++;
            }
        }
        return repeats;
    }

    private static String report(List<Write> writes, int events, int missingInDatabase, int orderViolations,
            int duplicatesDelivered, long suppressed, int projectionsOff, Map<String, Long> handover,
            Map<String, Long> restartMillis) {
        StringBuilder out = new StringBuilder("| measure | count |\n| --- | --- |\n");
        Map<String, Long> byKind = writes.stream().collect(Collectors.groupingBy(write -> write.kind().toString(), LinkedHashMap::new,
                Collectors.counting()));
        out.append(row("writes acknowledged", writes.size() + " (" + byKind.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")"));
        out.append(row("missing in their database", missingInDatabase));
        out.append(row("events on their topics", events));
        out.append(row("missing events", writes.size() - events));
        out.append(row("per-client order violations", orderViolations));
        out.append(row("duplicates delivered (an event id already on its topic)", duplicatesDelivered));
        out.append(row("duplicates suppressed by the consumers' inboxes", suppressed));
        out.append(row("projections off", projectionsOff));
        handover.forEach((service, millis) -> out.append(row("handover: from the kill to the event of a write"
                + " through the surviving replica of " + service + " on its topic (s)",
                millis == null ? "not published" : seconds(millis))));
        restartMillis.forEach((label, millis) -> out.append(row(label + " ready again after (s)", seconds(millis))));
        return out.toString();
    }

    private static String row(String measure, Object value) {
        return "| " + measure + " | " + value + " |\n";
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
