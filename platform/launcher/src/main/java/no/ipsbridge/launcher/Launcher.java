package no.ipsbridge.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import no.ipsbridge.infra.ChildProcess;
import no.ipsbridge.infra.KafkaBroker;
import no.ipsbridge.infra.KeycloakServer;
import no.ipsbridge.infra.PostgresServer;
import no.ipsbridge.infra.Workspace;

/**
 * {@code ./ips up}: the whole system on this machine, on fixed ports, with demo data. State lives in {@code .ips/}
 * at the repository root, so committed data survives a stop and the next start.
 */
public final class Launcher {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int KEYCLOAK_PORT = 8180;

    private final Path root = Workspace.repositoryRoot();
    private final Path state = Workspace.createDirectories(root.resolve(".ips"));
    private final Instant started = Instant.now();
    private final List<AutoCloseable> running = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) throws Exception {
        // The launcher prints its own progress; the starters' log lines would only repeat it.
        java.util.logging.Logger.getLogger("no.ipsbridge.infra").setLevel(java.util.logging.Level.WARNING);
        new Launcher().run();
    }

    private void run() throws Exception {
        Files.writeString(state.resolve("launcher.pid"), Long.toString(ProcessHandle.current().pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "ips-down"));

        progress("Starting IPS Bridge (state in %s)", root.relativize(state));
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> new KeycloakServer(
                root.resolve("deploy/keycloak/ips-realm.json"), state.resolve("keycloak"), KEYCLOAK_PORT).start());
        PostgresServer postgres = new PostgresServer(state.resolve("postgres"), POSTGRES_PORT, true).start();
        running.add(postgres);
        progress("PostgreSQL ready on 127.0.0.1:%d", POSTGRES_PORT);
        KafkaBroker kafka = new KafkaBroker(state.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT).start();
        running.add(kafka);
        progress("Kafka (KRaft) ready on %s", kafka.bootstrapServers());
        progress("Waiting for Keycloak (it takes 20–60 s) ...");
        KeycloakServer identity = keycloak.join();
        running.add(identity);
        progress("Keycloak ready on %s (realm %s)", identity.url(), KeycloakServer.REALM);

        List<LocalService> started = new ArrayList<>();
        for (LocalService service : LocalService.ALL) {
            if (!Files.exists(service.runnerJar(root))) {
                continue;
            }
            String jdbcUrl = postgres.createDatabase(service.database());
            running.add(startService(service, jdbcUrl, kafka, identity));
            started.add(service);
        }
        for (LocalService service : started) {
            awaitReady(service);
            progress("%s ready on %s", service.name(), service.url());
        }
        Path demoLoaded = state.resolve("demo-loaded");
        if (Files.exists(demoLoaded)) {
            progress("Demo data as loaded on %s (remove .ips for a fresh copy)", Files.readString(demoLoaded).strip());
        } else {
            LocalDate demoDay = DemoData.demoDay(state.resolve("demo-day"));
            new DemoData(identity, started, demoDay).load((format, args) -> progress(format, args));
            Files.writeString(demoLoaded, demoDay.toString());
        }
        printAddresses(started, kafka, identity);
        stopped.await();
    }

    private AutoCloseable startService(LocalService service, String jdbcUrl, KafkaBroker kafka, KeycloakServer keycloak) {
        Path log = state.resolve("logs").resolve(service.name() + ".log");
        Workspace.rotate(log);
        ChildProcess process = ChildProcess.start(service.name(), List.of(javaExecutable(), "-Xms64m", "-Xmx384m",
                "-XX:+UseSerialGC", "-jar", service.runnerJar(root).toString()), root, log, Map.of(
                        "QUARKUS_HTTP_PORT", Integer.toString(service.port()),
                        "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "IPS_OIDC_ISSUER", keycloak.issuer()));
        progress("Starting %s (log: %s)", service.name(), root.relativize(log));
        return () -> process.stop(Duration.ofSeconds(20));
    }

    private void awaitReady(LocalService service) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.url()
                        + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(service.name() + " was not ready within 2 minutes; see .ips/logs/"
                + service.name() + ".log");
    }

    private void printAddresses(List<LocalService> services, KafkaBroker kafka, KeycloakServer keycloak) {
        StringBuilder out = new StringBuilder("\nIPS Bridge is up (" + elapsed() + ").\n\n");
        for (LocalService service : services) {
            out.append(String.format("  %-12s %s/q/swagger-ui   (API %s/api, health %s/q/health)%n",
                    service.name(), service.url(), service.url(), service.url()));
        }
        out.append(String.format("  %-12s %s   (realm %s; admin console: admin / admin)%n", "Keycloak",
                keycloak.url(), KeycloakServer.REALM));
        out.append(String.format("  %-12s %s   (topics ips.<service>.v1; kcat -b %s -t ips.clients.v1 -C -f "
                + "'%%k %%h %%s\\n')%n", "Kafka", kafka.bootstrapServers(), kafka.bootstrapServers()));
        out.append(String.format("  %-12s 127.0.0.1:%d   (user postgres, one database per service)%n", "PostgreSQL",
                POSTGRES_PORT));
        out.append("""

                  A token for a demo user (password: demo):
                    TOKEN=$(curl -s -d grant_type=password -d client_id=ips-cli -d username=clinician.bergen \\
                      -d password=demo %s/protocol/openid-connect/token | jq -r .access_token)
                    curl -H "Authorization: Bearer $TOKEN" %s/api/clients

                  Demo users: specialist.bergen (and 2, 3), counsellor.bergen, clinician.bergen, clinician.oslo,
                  lead.bergen, manager.bergen, manager.oslo. What to try: README.md. Stop with Ctrl-C, or ./ips down.
                """.formatted(keycloak.issuer(), services.isEmpty() ? "" : services.getFirst().url()));
        System.out.println(out);
    }

    private synchronized void stopAll() {
        if (stopped.getCount() == 0) {
            return;
        }
        progress("Stopping IPS Bridge ...");
        for (AutoCloseable part : running.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(state.resolve("launcher.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress("Stopped; data kept in %s", root.relativize(state));
        stopped.countDown();
    }

    void progress(String format, Object... args) {
        System.out.printf("[%5s] %s%n", elapsed(), String.format(format, args));
        System.out.flush();
    }

    private String elapsed() {
        return Duration.between(started, Instant.now()).toSeconds() + "s";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
