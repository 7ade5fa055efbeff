package no.ipsbridge.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./ips region [clients]}: loads a region's past into a running IPS Bridge — by default 100,000 clients with
 * five years of IPS paths, a few million events — the way the owning services would have recorded it: their rows
 * and their outbox rows, copied in bulk. The services then do what they do with any history: the relays publish it
 * and every consumer absorbs it. Prints how long each took.
 *
 * <p>Meant for a disposable system (an empty {@code .ips}): the region's units are the demo's, so its reports
 * include the region, and a second region in the same system is refused.
 */
public final class RegionData {

    private static final int CHUNK = 5_000;
    private static final int CLIENTS_PER_SPECIALIST = 60;
    private static final int EMPLOYERS = 2_000;
    private static final Duration PATIENCE = Duration.ofMinutes(60);

    private final Bench bench;
    /** The region's people have synthetic D-numbers, which the referral benchmark never draws. */
    private final SyntheticPeople people = SyntheticPeople.dNumbers();

    private RegionData(Bench bench) {
        this.bench = bench;
    }

    public static void main(String[] args) {
        int clients = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 100_000;
        Bench bench = new Bench(Target.documented(), Settings.full(), line -> System.out.println("[region] " + line));
        new RegionData(bench).load(clients);
    }

    private void load(int clientCount) {
        if (count("placements", "select count(*) from employer where name like 'Regionbedrift %'") > 0) {
            throw new IllegalStateException("A region is already loaded here; start from an empty .ips "
                    + "(./ips down, remove .ips, ./ips up) to load another");
        }
        List<RegionHistory.Unit> units = units(clientCount);
        RegionHistory region = new RegionHistory(clientCount, units);
        long knownBefore = count("specialists", "select count(*) from known_client");
        long started = System.nanoTime();

        CopyRows clients = RegionHistory.clientsDatabase();
        CopyRows placements = RegionHistory.placementsDatabase();
        region.employers(EMPLOYERS, placements);
        Map<String, List<RegionHistory.Assignment>> caseloads = new LinkedHashMap<>();
        for (int n = 0; n < clientCount; n++) {
            RegionHistory.Assignment assignment = region.client(people.next(), clients, placements);
            if (assignment != null) {
                caseloads.computeIfAbsent(assignment.specialistId(), id -> new ArrayList<>()).add(assignment);
            }
            if ((n + 1) % CHUNK == 0 || n + 1 == clientCount) {
                clients.send(bench);
                placements.send(bench);
                bench.say("%,d clients, %,d events written (%.0f s)", n + 1, region.events(), seconds(started));
            }
        }

        bench.say("waiting until the specialists service knows the region's clients (assignments refer to them)");
        long knownAt = waitFor(() -> count("specialists", "select count(*) from known_client")
                >= knownBefore + clientCount);
        CopyRows specialists = RegionHistory.specialistsDatabase();
        region.specialists(specialists);
        for (List<RegionHistory.Assignment> caseload : caseloads.values()) {
            region.caseload(caseload, specialists);
        }
        specialists.send(bench);
        long written = System.nanoTime();
        long rows = clients.rows() + placements.rows() + specialists.rows();
        bench.say("all written: %,d rows (%,d of them events) in %.0f s; the specialists service knew every client "
                + "%.0f s after the start", rows, region.events(), seconds(started), (knownAt - started) / 1e9);

        bench.say("waiting until every outbox is published and every consumer has caught up");
        waitFor(() -> pending() == 0);
        long published = System.nanoTime();
        waitFor(() -> consumerLag() == 0);
        long absorbed = System.nanoTime();
        bench.say("published %.0f s after the last write; every consumer caught up %.0f s after that",
                (published - written) / 1e9, (absorbed - published) / 1e9);
        analyze();
        bench.say("region loaded: %,d clients, %,d events, %.0f s from start to every consumer caught up "
                + "(%,.0f events/s through the relays and consumers)", clientCount, region.events(),
                seconds(started), region.events() / seconds(started));
    }

    /**
     * Fresh statistics for the planner, as after any bulk load: analysed while the region's outbox rows were still
     * pending, PostgreSQL took them for pending still and scanned the whole outbox for the relay's lag gauge every
     * second (520 ms each) until autovacuum's next analyse.
     */
    private void analyze() {
        for (String database : List.of("clients", "placements", "specialists", "reporting", "teams")) {
            try (Connection connection = bench.database(database)) {
                connection.createStatement().execute("analyze");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not analyse " + database, e);
            }
        }
    }

    /** The demo's units, each with the region's specialists in proportion to the clients it serves. */
    private List<RegionHistory.Unit> units(int clientCount) {
        Map<String, List<UUID>> teams = new LinkedHashMap<>();
        try (Connection connection = bench.database("teams");
                ResultSet rs = connection.createStatement().executeQuery(
                        "select id, health_trust from team order by name")) {
            while (rs.next()) {
                teams.computeIfAbsent(rs.getString(2), trust -> new ArrayList<>()).add(rs.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the treatment teams", e);
        }
        return List.of(unit("helse-bergen", "nav-bergen", 80, clientCount, teams),
                unit("ous", "nav-oslo", 20, clientCount, teams));
    }

    private static RegionHistory.Unit unit(String healthTrust, String navOffice, int percent, int clientCount,
            Map<String, List<UUID>> teams) {
        int specialists = Math.max(1, clientCount * percent / 100 / CLIENTS_PER_SPECIALIST);
        List<String> ids = IntStream.range(0, specialists)
                .mapToObj(n -> UUID.nameUUIDFromBytes(("region-specialist-" + healthTrust + "-" + n).getBytes())
                        .toString())
                .toList();
        return new RegionHistory.Unit(healthTrust, navOffice, percent, teams.getOrDefault(healthTrust, List.of()), ids);
    }

    private long pending() {
        return Stream.of("clients", "placements", "specialists")
                .mapToLong(database -> count(database, "select count(*) from ips_outbox where published_at is null"))
                .sum();
    }

    /** Records on the topics that some consumer group has not yet committed past. */
    private long consumerLag() {
        KafkaTools kafka = new KafkaTools(bench.target);
        try (Admin admin = kafka.admin()) {
            long lag = 0;
            for (var group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get();
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the consumer groups' lag", e);
        }
    }

    private long waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Still not there after " + PATIENCE.toMinutes() + " minutes");
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return System.nanoTime();
    }

    private long count(String database, String sql) {
        try (Connection connection = bench.database(database);
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count in " + database + ": " + sql, e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
