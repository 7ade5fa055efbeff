package no.ipsbridge.launcher;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import no.ipsbridge.infra.ChildProcess;
import no.ipsbridge.infra.KafkaBroker;
import no.ipsbridge.infra.KeycloakServer;
import no.ipsbridge.infra.Ports;
import no.ipsbridge.infra.PostgresServer;
import no.ipsbridge.infra.Workspace;

/**
 * The whole of IPS Bridge on one machine: PostgreSQL, Kafka (KRaft), Keycloak with the ips realm, and every built
 * service as packaged ({@code quarkus-run.jar}), each with its own database. `./ips up` runs it on the documented
 * ports with its state in {@code .ips/}; the system tests run it on free ports in a temporary directory.
 */
public final class IpsSystem implements AutoCloseable {

    /**
     * Where a system keeps its state, which ports it listens on, and settings every service gets in its environment.
     */
    public record Layout(Path state, int postgresPort, int kafkaPort, int kafkaControllerPort, int keycloakPort,
            List<LocalService> services, boolean durable, Map<String, String> serviceEnvironment) {

        /** `./ips up`: the documented ports, data kept between runs, the services' own defaults. */
        static Layout documented(Path state) {
            return new Layout(state, 15432, 9092, 9093, 8180, LocalService.ALL, true, Map.of());
        }

        /**
         * Free ports, for running beside anything else on the machine, such as a running `./ips up`; with a poll
         * interval and a broker grace short enough for the fault suite to outlast them in seconds, not minutes.
         */
        public static Layout onFreePorts(Path state) {
            return new Layout(state, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                    LocalService.ALL.stream().map(service -> service.onPort(Ports.free())).toList(), false,
                    Map.of("IPS_CONSUMERS_MAX_POLL_INTERVAL", "20s", "IPS_OUTBOX_READINESS_BROKER_GRACE", "5s"));
        }
    }

    private final Layout layout;
    private final Path root = Workspace.repositoryRoot();
    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<LocalService> started = new ArrayList<>();
    private final Map<String, ChildProcess> processes = new ConcurrentHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    private IpsSystem(Layout layout) {
        this.layout = layout;
    }

    /** Starts everything and returns once every service answers ready; on failure, stops what it started. */
    public static IpsSystem start(Layout layout, Consumer<String> progress) {
        IpsSystem system = new IpsSystem(layout);
        try {
            system.startAll(progress);
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void startAll(Consumer<String> progress) {
        Path state = Workspace.createDirectories(layout.state());
        CompletableFuture<KeycloakServer> identity = CompletableFuture.supplyAsync(() -> new KeycloakServer(
                root.resolve("deploy/keycloak/ips-realm.json"), state.resolve("keycloak"), layout.keycloakPort())
                .start());
        postgres = new PostgresServer(state.resolve("postgres"), layout.postgresPort(), layout.durable()).start();
        running.add(postgres);
        progress.accept("PostgreSQL ready on 127.0.0.1:" + layout.postgresPort());
        kafka = new KafkaBroker(state.resolve("kafka"), layout.kafkaPort(), layout.kafkaControllerPort()).start();
        running.add(kafka);
        progress.accept("Kafka (KRaft) ready on " + kafka.bootstrapServers());
        progress.accept("Waiting for Keycloak (it takes 20–60 s) ...");
        keycloak = identity.join();
        running.add(keycloak);
        progress.accept("Keycloak ready on " + keycloak.url() + " (realm " + KeycloakServer.REALM + ")");

        for (LocalService service : layout.services()) {
            if (!Files.exists(service.runnerJar(root))) {
                continue;
            }
            startProcess(service, service.database() == null ? null : postgres.createDatabase(service.database()));
            running.add(() -> stopService(service.name()));
            started.add(service);
            progress.accept("Starting " + service.name() + " (log: " + relative(log(service.name())) + ")");
        }
        for (LocalService service : started) {
            awaitReady(service.name(), service.url());
            progress.accept(service.name() + " ready on " + service.url());
        }
    }

    private void startProcess(LocalService service, String jdbcUrl) {
        processes.put(service.name(), launch(service, service.name(), service.port(), jdbcUrl, Map.of()));
    }

    /** The service's packaged jar in a JVM of its own, logging to {@code logs/<label>.log}. */
    private ChildProcess launch(LocalService service, String label, int port, String jdbcUrl,
            Map<String, String> moreEnvironment) {
        Path log = log(label);
        Workspace.rotate(log);
        Map<String, String> environment = new HashMap<>(layout.serviceEnvironment());
        environment.putAll(moreEnvironment);
        environment.putAll(Map.of(
                // glibc gives each busy thread a malloc arena of its own; with the JIT's and Kafka's threads a
                // service held about 90 MB in them (pmap, issue 15). Two are enough for a service.
                "MALLOC_ARENA_MAX", "2",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "IPS_OIDC_ISSUER", keycloak.issuer()));
        if (jdbcUrl != null) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        }
        // Where the other services answer, for those that call them (the web client's backend-for-frontend).
        layout.services().forEach(other -> environment.put("IPS_" + other.name().toUpperCase() + "_URL", other.url()));
        return ChildProcess.start(label, List.of(javaExecutable(), "-Xms64m", "-Xmx" + service.maxHeap(),
                "-XX:+UseSerialGC",
                // The JIT frees its arenas after compiling, but glibc keeps the pages; trimming every 10 s gave
                // each service about 30 MB back (jcmd System.trim_native_heap, issue 15). Experimental in JDK 21.
                "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=10000",
                "-jar", service.runnerJar(root).toString()), root, log, environment);
    }

    private void stopService(String name) {
        ChildProcess process = processes.remove(name);
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** kill -9 of a running service, for the fault suite: no shutdown hook, nothing flushed. */
    public void killService(String name) {
        ChildProcess process = processes.remove(name);
        if (process == null) {
            throw new IllegalArgumentException(name + " is not running");
        }
        process.kill();
    }

    /** Starts a service that was killed again, on its port and database, and returns once it is ready. */
    public void restartService(String name) {
        LocalService service = started.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " was never started"));
        if (processes.containsKey(name)) {
            throw new IllegalStateException(name + " is still running");
        }
        startProcess(service, service.database() == null ? null : postgres.jdbcUrl(service.database()));
        awaitReady(service.name(), service.url());
    }

    /**
     * Starts one more instance of a service as packaged, on a free port and the given database (an upgrade test's,
     * say), and returns once it is ready; closing the result stops it.
     */
    public Instance startInstance(String name, String database) {
        LocalService service = started.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not running"));
        String label = name + "-" + database;
        int port = Ports.free();
        Instance instance = new Instance("http://127.0.0.1:" + port, log(label),
                // Consumer groups of its own: it must not take partitions from the service it is a copy of.
                launch(service, label, port, postgres.jdbcUrl(database), Map.of("IPS_CONSUMERS_GROUP_PREFIX", label)));
        try {
            awaitReady(label, instance.url());
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    /** An extra instance of a service; see {@link #startInstance}. */
    public record Instance(String url, Path log, ChildProcess process) implements AutoCloseable {
        @Override
        public void close() {
            process.stop(Duration.ofSeconds(20));
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    private void awaitReady(String name, String url) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
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
        throw new IllegalStateException(name + " was not ready within 2 minutes; see " + relative(log(name)));
    }

    /** The services that were built and are running. */
    public List<LocalService> services() {
        return List.copyOf(started);
    }

    public String url(String service) {
        return started.stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(service + " is not running")).url();
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public int postgresPort() {
        return layout.postgresPort();
    }

    public Path log(String service) {
        return layout.state().resolve("logs").resolve(service + ".log");
    }

    /** Stops the services, then Keycloak, Kafka and PostgreSQL, each even if another fails to stop. */
    @Override
    public synchronized void close() {
        for (AutoCloseable part : running.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e.getMessage());
            }
        }
        running.clear();
    }

    private String relative(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
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
