package no.ipsbridge.benchmarks;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A clinician's referral, the clients service's busiest write, beside pgbench running the same transaction's SQL.
 */
final class ReferralWrites {

    static final String CLINICIAN = "clinician.bergen";
    private static final List<String> SHADOWED = List.of("client", "consent", "career_profile", "client_path_step",
            "ips_audit", "ips_outbox", "ips_idempotency");

    private final SyntheticPeople people = new SyntheticPeople();

    List<Row> measure(Bench bench) {
        bench.pgbench.shadow("clients", SHADOWED);
        String script = Pgbench.resource("referral.sql");
        List<Row> rows = new ArrayList<>();
        try {
            bench.warmUp("referral writes", caller -> referral(bench), 201);
            for (int concurrency : bench.settings.concurrencies()) {
                bench.say("referral writes at concurrency %d", concurrency);
                Measurement[] figures = bench.medians(
                        () -> bench.load(concurrency, caller -> referral(bench), 201),
                        () -> bench.pgbench.run("clients", script, concurrency, bench.settings.duration(), Map.of()));
                double ratio = figures[0].value() / figures[1].value();
                rows.add(new Row("referral write `POST :8081/api/referrals`", Integer.toString(concurrency),
                        figures[0], "/s", "pgbench, same SQL", figures[1], Row.Goal.ratioAtLeast(0.7, ratio)));
            }
        } finally {
            bench.pgbench.dropShadow("clients");
        }
        return rows;
    }

    private HttpRequest referral(Bench bench) {
        String body = """
                {"nationalId":"%s","givenName":"Bench","familyName":"Mark","navOffice":"nav-bergen",\
                "workingAtReferral":false,"note":"Wants to work in a kitchen"}""".formatted(people.next());
        return bench.request("clients", "/api/referrals", CLINICIAN)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
