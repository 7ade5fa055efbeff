package no.ipsbridge.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import no.ipsbridge.infra.ChildProcess;
import no.ipsbridge.infra.KafkaAccess;
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
            List<LocalService> services, boolean durable, int replicas, Map<String, String> serviceEnvironment) {

        public Layout {
            if (replicas < 1 || replicas > MAX_REPLICAS) {
                throw new IllegalArgumentException("replicas must be 1 to " + MAX_REPLICAS + ", not " + replicas);
            }
        }

        /**
         * `./ips up`: the documented ports, data kept between runs, the services' own defaults. The second
         * instance of a service listens 100 above the first (clients 8081, 8181, 8281, ...).
         */
        static Layout documented(Path state, int replicas) {
            return new Layout(state, 15432, 9092, 9093, 8180, LocalService.ALL, true, replicas, Map.of());
        }

        /**
         * Free ports, for running beside anything else on the machine, such as a running `./ips up`; with a poll
         * interval and a broker grace short enough for the fault suite to outlast them in seconds, not minutes.
         */
        public static Layout onFreePorts(Path state) {
            return new Layout(state, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                    LocalService.ALL.stream().map(service -> service.onPort(Ports.free())).toList(), false, 1,
                    Map.of("IPS_CONSUMERS_MAX_POLL_INTERVAL", "20s", "IPS_OUTBOX_READINESS_BROKER_GRACE", "5s"));
        }

        /** The same layout, with more settings for every service (a test's trace collector, say). */
        public Layout withServiceEnvironment(Map<String, String> more) {
            Map<String, String> environment = new HashMap<>(serviceEnvironment);
            environment.putAll(more);
            return new Layout(state, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, services, durable,
                    replicas, Map.copyOf(environment));
        }

                /** Where replica {@code n} (1 is the first) of a service listens. */
        int portOf(LocalService service, int n) {
            if (n == 1) {
                return service.port();
            }
            return durable ? service.port() + 100 * (n - 1) : Ports.free();
        }
    }

    /** More would not fit beside each other on the documented ports, nor in a machine's memory. */
    public static final int MAX_REPLICAS = 5;

    /**
     * One running copy of a service: replica 1 is the service's own {@code name} and port; replica 2 and up are
     * labelled {@code name-2}, ... They share the service's database, topics and consumer groups.
     */
    public record Replica(LocalService service, int number, int port) {

        public String label() {
            return number == 1 ? service.name() : service.name() + "-" + number;
        }

        public String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    private final Layout layout;
    /** One for every replica of the web client; kept with a durable system's state, so a restart signs no one out. */
    private final String webSessionSecret;
    private final Path root = Workspace.repositoryRoot();
    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<LocalService> started = new ArrayList<>();
    /** Every replica ever started, by label; {@link #processes} says which of them run now. */
    private final Map<String, Replica> replicas = new ConcurrentHashMap<>();
    private final Map<String, ChildProcess> processes = new ConcurrentHashMap<>();
    /** Set by {@link #close}, which may come from another thread while the system starts. */
    private boolean closed;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    private IpsSystem(Layout layout) {
        this.layout = layout;
        this.webSessionSecret = layout.durable()
                ? secretKeptIn(Workspace.createDirectories(layout.state()).resolve("web-session.secret"))
                : randomSecret();
    }

    /** Starts everything and returns once every service answers ready; on failure, stops what it started. */
    public static IpsSystem start(Layout layout, Consumer<String> progress) {
        return prepare(layout).launch(progress);
    }

    /**
     * A system not started yet: whoever may have to stop it while it starts (`./ips down` during `./ips up`) holds it
     * first, then {@link #launch}es it.
     */
    public static IpsSystem prepare(Layout layout) {
        return new IpsSystem(layout);
    }

    /**
     * Starts everything and returns once every service answers ready. On failure, or when {@link #close} came first,
     * it stops what it started and throws.
     */
    public IpsSystem launch(Consumer<String> progress) {
        try {
            startAll(progress);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll(Consumer<String> progress) {
        Path state = Workspace.createDirectories(layout.state());
        CompletableFuture<KeycloakServer> identity = CompletableFuture.supplyAsync(() -> new KeycloakServer(
                root.resolve("deploy/keycloak/ips-realm.json"), state.resolve("keycloak"), layout.keycloakPort())
                .start());
        postgres = new PostgresServer(state.resolve("postgres"), layout.postgresPort(), layout.durable()).start();
        keep(postgres);
        progress.accept("PostgreSQL ready on 127.0.0.1:" + layout.postgresPort());
        kafka = new KafkaBroker(state.resolve("kafka"), layout.kafkaPort(), layout.kafkaControllerPort()).start();
        keep(kafka);
        progress.accept("Kafka (KRaft) ready on " + kafka.bootstrapServers());
        progress.accept("Waiting for Keycloak (it takes 20–60 s) ...");
        keycloak = keep(identity.join());
        progress.accept("Keycloak ready on " + keycloak.url() + " (realm " + KeycloakServer.REALM + ")");

        for (LocalService service : layout.services()) {
            if (!Files.exists(service.runnerJar(root))) {
                continue;
            }
            if (service.database() != null) {
                postgres.createDatabase(service.database());
            }
            started.add(service);
        }
        keep(() -> stopReplicasAbove(0));
        // The first replicas migrate the databases (Flyway) before the others start on them.
        startReplicas(1, 1, progress);
        startReplicas(2, layout.replicas(), progress);
    }

    /** Starts replicas {@code from} to {@code to} of every service side by side and waits until each is ready. */
    private void startReplicas(int from, int to, Consumer<String> progress) {
        List<Replica> starting = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            for (LocalService service : started) {
                Replica replica = new Replica(service, n, layout.portOf(service, n));
                if (processes.containsKey(replica.label())) {
                    continue;
                }
                replicas.put(replica.label(), replica);
                startProcess(replica);
                starting.add(replica);
                progress.accept("Starting " + replica.label() + " (log: " + relative(log(replica.label())) + ")");
            }
        }
        for (Replica replica : starting) {
            awaitReady(replica.label(), replica.url());
            progress.accept(replica.label() + " ready on " + replica.url());
        }
    }

    /**
     * Runs {@code count} replicas of every service: starts the missing ones (and waits until they are ready), or
     * stops those above the count, the last first.
     */
    public synchronized void scaleTo(int count, Consumer<String> progress) {
        if (count < 1 || count > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas must be 1 to " + MAX_REPLICAS + ", not " + count);
        }
        stopReplicasAbove(count);
        startReplicas(2, count, progress);
    }

    /** Stops the running replicas numbered above {@code count}: the later ones first, each in reverse start order. */
    private void stopReplicasAbove(int count) {
        replicas.values().stream().filter(replica -> replica.number() > count)
                .sorted(Comparator.comparingInt(Replica::number)
                        .thenComparingInt(replica -> started.indexOf(replica.service())).reversed())
                .forEach(replica -> stopService(replica.label()));
    }

    private synchronized void startProcess(Replica replica) {
        requireNotClosed();
        LocalService service = replica.service();
        processes.put(replica.label(), launch(service, replica.label(), replica.port(),
                service.database() == null ? null : postgres.jdbcUrl(service.database()), Map.of()));
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
        // Each service signs in to the broker as itself and may do only what its ACLs grant (ADR 32).
        KafkaAccess.localLogin(service.name()).ifPresent(login -> {
            environment.put("KAFKA_USERNAME", login.username());
            environment.put("KAFKA_PASSWORD", login.password());
        });
        if (service.keepsBrowserSessions()) {
            environment.put("IPS_WEB_SESSION_SECRET", webSessionSecret);
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

    /**
     * kill -9 of a running replica ({@code clients}, or {@code clients-2} for the second), for the fault suites: no
     * shutdown hook, nothing flushed.
     */
    public void killService(String label) {
        ChildProcess process = processes.remove(label);
        if (process == null) {
            throw new IllegalArgumentException(label + " is not running");
        }
        process.kill();
    }

    /** Starts a replica that was killed again, on its port and database, and returns once it is ready. */
    public void restartService(String label) {
        Replica replica = replicas.get(label);
        if (replica == null) {
            throw new IllegalArgumentException(label + " was never started");
        }
        if (processes.containsKey(label)) {
            throw new IllegalStateException(label + " is still running");
        }
        startProcess(replica);
        awaitReady(label, replica.url());
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
                // Consumer groups of its own: it must not take partitions from the service it is a copy of. Named
                // under the service's own prefix (ips-<service>.), the only groups its Kafka user may join.
                launch(service, label, port, postgres.jdbcUrl(database),
                        Map.of("IPS_CONSUMERS_GROUP_PREFIX", "ips-" + name + "." + database)));
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
        throw new IllegalStateException(name + " was not ready within 2 minutes; the end of "
                + relative(log(name)) + ":\n" + tail(log(name), 40));
    }

    /** The last lines of a log, for a failure that may outlive the directory the log is in (a test's). */
    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The services that were built and started, with their first replica's port. */
    public List<LocalService> services() {
        return List.copyOf(started);
    }

    /** The replicas of a service that run now, the first first. */
    public List<Replica> replicas(String service) {
        return replicas.values().stream().filter(replica -> replica.service().name().equals(service))
                .filter(replica -> processes.containsKey(replica.label()))
                .sorted(Comparator.comparingInt(Replica::number)).toList();
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
        closed = true;
        for (AutoCloseable part : running.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e.getMessage());
            }
        }
        running.clear();
    }

    /** 32 random bytes, as 43 characters: the length Quarkus asks of an encryption or state secret. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The secret in the file, made the first time and readable by this user only. */
    private static String secretKeptIn(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, randomSecret());
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the web client's session secret in " + file, e);
        }
    }

    /** Stops the part with the system; a part that comes up after the system was stopped is stopped at once. */
    private synchronized <T extends AutoCloseable> T keep(T part) {
        if (closed) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e.getMessage());
            }
            requireNotClosed();
        }
        running.add(part);
        return part;
    }

    private void requireNotClosed() {
        if (closed) {
            throw new IllegalStateException("IPS Bridge was stopped while it started");
        }
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
