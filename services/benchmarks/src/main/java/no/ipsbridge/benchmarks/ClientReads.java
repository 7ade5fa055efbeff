package no.ipsbridge.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * A clinician reading one client's record, beside pgbench running the read's SQL (the record, its consents, the
 * audit row) and the same service's {@code /q/health/live}: the cost of HTTP, the token and the JSON alone.
 */
final class ClientReads {

    private static final List<String> SHADOWED = List.of("client", "consent", "ips_audit");

    List<Row> measure(Bench bench) {
        List<UUID> readable = readableClients(bench, 5_000);
        if (readable.isEmpty()) {
            throw new IllegalStateException("No client the clinician may read; run the referral writes first");
        }
        bench.pgbench.shadow("clients", SHADOWED);
        pickTable(bench, readable);
        String script = Pgbench.resource("client-read.sql");
        List<Row> rows = new ArrayList<>();
        IntFunction<HttpRequest> reads = caller -> bench.request("clients", "/api/clients/"
                + readable.get(ThreadLocalRandom.current().nextInt(readable.size())), ReferralWrites.CLINICIAN)
                .GET().build();
        try {
            bench.warmUp("client reads", reads, 200);
            for (int concurrency : bench.settings.concurrencies()) {
                bench.say("client reads at concurrency %d", concurrency);
                Measurement[] figures = bench.medians(
                        () -> bench.load(concurrency, reads, 200),
                        () -> bench.pgbench.run("clients", script, concurrency, bench.settings.duration(),
                                Map.of("clients", Integer.toString(readable.size()))));
                Measurement live = bench.median(() -> bench.load(concurrency, caller -> HttpRequest.newBuilder(
                        URI.create(bench.target.url("clients") + "/q/health/live")).GET().build(), 200));
                String path = "client read `GET :8081/api/clients/{id}`";
                rows.add(new Row(path, Integer.toString(concurrency), figures[0], "/s",
                        "pgbench, same SQL", figures[1], Row.Goal.ratioAtLeast(0.5, figures[0].value()
                                / figures[1].value())));
                rows.add(new Row(path, Integer.toString(concurrency), figures[0], "/s",
                        "`/q/health/live`, same service", live, Row.Goal.none()));
            }
        } finally {
            bench.pgbench.dropShadow("clients");
        }
        return rows;
    }

    /** Clients of the clinician's health trust on no treatment team, unprotected: every read of them is a 200. */
    private static List<UUID> readableClients(Bench bench, int limit) {
        return bench.ids("clients", """
                select id from client where health_trust = 'helse-bergen' and treatment_team_id is null
                and not shielded and address_protection = 'NONE' and transfer_of is null
                and status <> 'DISCHARGED' order by random() limit ?""", limit);
    }

    private static void pickTable(Bench bench, List<UUID> ids) {
        try (Connection connection = bench.database("clients")) {
            connection.createStatement().execute("create table " + Pgbench.SHADOW
                    + ".bench_pick (n int primary key, id uuid not null)");
            try (PreparedStatement insert = connection.prepareStatement("insert into " + Pgbench.SHADOW
                    + ".bench_pick values (?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setObject(2, ids.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the clients for pgbench", e);
        }
    }
}
