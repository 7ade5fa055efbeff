package no.ipsbridge.benchmarks;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.ipsbridge.events.Topics;

/**
 * An IPS manager rebuilding the reports' read model from offset 0, beside a consumer that only reads the same
 * topics: how close the reporting service's consumers come to the broker's own pace. The rebuild is timed from
 * the request until the reporting service says its read model is current again.
 */
final class ReadModelRebuild {

    static final String MANAGER = "manager.bergen";
    private static final List<String> TOPICS = List.of(Topics.CLIENTS, Topics.SPECIALISTS, Topics.PLACEMENTS,
            Topics.TEAMS);
    private static final double GOAL_PER_SECOND = 20_000;

    List<Row> measure(Bench bench) {
        KafkaTools kafka = new KafkaTools(bench.target);
        long events = kafka.records(TOPICS);
        bench.say("read-model rebuild of %,d events", events);
        Measurement[] figures = bench.medians(() -> rebuild(bench, events), () -> kafka.readFromStart(TOPICS));
        return List.of(new Row("reporting rebuild from offset 0 (" + String.format("%,d", events) + " events)", "1",
                figures[0], "events/s", "plain consumer, same topics", figures[1],
                new Row.Goal("≥ " + String.format("%,d", (int) GOAL_PER_SECOND) + " events/s",
                        figures[0].value() >= GOAL_PER_SECOND)));
    }

    private static Measurement rebuild(Bench bench, long events) {
        long started = System.nanoTime();
        HttpRequest rebuild = bench.request("reporting", "/api/read-model/rebuild", MANAGER)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        if (bench.http.status(rebuild) != 202) {
            throw new IllegalStateException("The reporting service did not accept the rebuild");
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
        while (!bench.http.body(bench.request("reporting", "/api/read-model/rebuild", MANAGER).GET().build())
                .contains("CURRENT")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The rebuild did not finish within an hour");
            }
            // Asking is a request with a token to check, on the machine that rebuilds: ask less often the longer it
            // runs, keeping the error under 1 %.
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            sleep(Duration.ofMillis(Math.clamp(elapsedMillis / 100, 20, 1_000)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Measurement(events / seconds, 0, 0, events, 0);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
