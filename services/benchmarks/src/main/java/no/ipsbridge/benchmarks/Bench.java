package no.ipsbridge.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.ipsbridge.testing.KeycloakTokens;

/** What every path's measurement needs: the system, the settings, the load tools and a place to say what it does. */
final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Target target;
    final Settings settings;
    final KeycloakTokens tokens;
    final HttpLoad http = new HttpLoad();
    final Pgbench pgbench;
    private final Consumer<String> progress;

    Bench(Target target, Settings settings, Consumer<String> progress) {
        this.target = target;
        this.settings = settings;
        this.tokens = new KeycloakTokens(target.issuer());
        this.pgbench = new Pgbench(target);
        this.progress = progress;
    }

    void say(String format, Object... args) {
        progress.accept(String.format(format, args));
    }

    /** The median of the settings' number of runs. */
    Measurement median(Supplier<Measurement> run) {
        List<Measurement> runs = new ArrayList<>();
        for (int i = 0; i < settings.runs(); i++) {
            runs.add(run.get());
        }
        return Measurement.median(runs);
    }

    /** The same number of runs of two figures, alternating, so that neither has the machine to itself longer. */
    Measurement[] medians(Supplier<Measurement> ours, Supplier<Measurement> ceiling) {
        List<Measurement> oursRuns = new ArrayList<>();
        List<Measurement> ceilingRuns = new ArrayList<>();
        for (int i = 0; i < settings.runs(); i++) {
            oursRuns.add(ours.get());
            ceilingRuns.add(ceiling.get());
        }
        return new Measurement[] {Measurement.median(oursRuns), Measurement.median(ceilingRuns)};
    }

    /** The first warm-up of a path: services just started compile its code before anything of it is counted. */
    void warmUp(String path, IntFunction<HttpRequest> requests, int expected) {
        say("warming up %s for %.0f s", path, settings.firstWarmup().toMillis() / 1000.0);
        http.run(settings.highest(), settings.firstWarmup(), Duration.ofMillis(100), requests, expected);
    }

    Measurement load(int concurrency, IntFunction<HttpRequest> requests, int expected) {
        return http.run(concurrency, settings.warmup(), settings.duration(), requests, expected);
    }

    HttpRequest.Builder request(String service, String path, String user) {
        return HttpRequest.newBuilder(URI.create(target.url(service) + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.user(user));
    }

    Connection database(String name) {
        try {
            return DriverManager.getConnection(target.jdbcUrl(name), "postgres", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to database " + name, e);
        }
    }

    /** The ids a query of a service's database returns, in its order. */
    List<UUID> ids(String database, String sql, Object... parameters) {
        try (Connection connection = database(database);
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not query " + database + ": " + sql, e);
        }
    }

    /** The subject of a demo user's token: the id the services know the user by. */
    String subjectOf(String user) {
        String payload = tokens.user(user).split("\\.")[1];
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                    .get("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
