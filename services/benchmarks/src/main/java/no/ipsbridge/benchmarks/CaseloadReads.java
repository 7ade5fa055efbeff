package no.ipsbridge.benchmarks;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The specialist's phone opening the day's caseload, beside pgbench running the SQL the specialists service sends
 * for it: the caseload, its clients' facts, and the read's one audit row and event naming them.
 */
final class CaseloadReads {

    static final String SPECIALIST = "specialist.bergen";
    private static final List<String> SHADOWED = List.of("assignment", "known_client", "ips_audit", "ips_outbox");
    private static final double P99_GOAL_MILLIS = 10;

    List<Row> measure(Bench bench) {
        String specialist = bench.subjectOf(SPECIALIST);
        String script = script(specialist, bench.ids("specialists",
                "select client_id from assignment where specialist_id = ? and released_on is null", specialist));
        bench.pgbench.shadow("specialists", SHADOWED);
        List<Row> rows = new ArrayList<>();
        try {
            IntFunction<HttpRequest> reads = caller -> bench.request("specialists", "/api/me/caseload", SPECIALIST)
                    .GET().build();
            bench.warmUp("caseload reads", reads, 200);
            for (int concurrency : bench.settings.concurrencies()) {
                bench.say("caseload reads at concurrency %d", concurrency);
                Measurement[] figures = bench.medians(
                        () -> bench.load(concurrency, reads, 200),
                        () -> bench.pgbench.run("specialists", script, concurrency, bench.settings.duration(),
                                Map.of()));
                Row.Goal goal = concurrency == bench.settings.highest()
                        ? new Row.Goal("p99 ≤ " + (int) P99_GOAL_MILLIS + " ms", figures[0].p99Millis() <= P99_GOAL_MILLIS)
                        : Row.Goal.none();
                rows.add(new Row("phone caseload `GET :8082/api/me/caseload`", Integer.toString(concurrency),
                        figures[0], "/s", "pgbench, same SQL", figures[1], goal));
            }
        } finally {
            bench.pgbench.dropShadow("specialists");
        }
        return rows;
    }

    /** The statements the service sends for one caseload read, as captured with log_statement = all. */
    private static String script(String specialist, List<UUID> clients) {
        StringBuilder sql = new StringBuilder("BEGIN;\n");
        sql.append("select id, assigned_on, client_id, override_by, override_reason, release_reason, released_on, "
                + "specialist_id from assignment where specialist_id = '").append(specialist)
                .append("' and released_on is null order by assigned_on, client_id;\n");
        if (!clients.isEmpty()) {
            sql.append("select client_id, consent_health_to_nav, consent_nav_to_health, employed_since, enrolled_by, "
                    + "enrolled_on, health_trust, job_lost_on, last_benefits_counselling, last_employer_contact, "
                    + "last_follow_along_contact, last_job_change, nav_office, status, status_changed_on, "
                    + "treatment_team_id from known_client where client_id in (")
                    .append(String.join(", ", clients.stream().map(client -> "'" + client + "'").toList()))
                    .append(");\n");
        }
        if (!clients.isEmpty()) {
            String listed = String.join(",", clients.stream().map(UUID::toString).toList());
            sql.append("insert into ips_audit (at, service, actor, actor_name, actor_agency, actor_org, action, "
                    + "client_id, client_ids, purpose) values (now(), null, '").append(specialist)
                    .append("', 'specialist.bergen', 'NAV', 'nav-bergen', 'read-my-caseload', null, '{")
                    .append(listed).append("}', 'own caseload');\n");
            sql.append("insert into ips_outbox (event_id, topic, event_key, ce_type, ce_source, occurred_at, data) "
                    + "values (gen_random_uuid(), 'ips.audit.v1', '").append(specialist)
                    .append("', 'no.ipsbridge.audit.list-access-recorded.v1', '/ips-bridge/specialists', now(), "
                            + "convert_to(repeat('x', ").append(220 + 39 * clients.size()).append("), 'UTF8'));\n");
        }
        return sql.append("END;\n").toString();
    }
}
