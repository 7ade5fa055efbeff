package no.ipsbridge.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * A service of IPS Bridge as it runs on one machine: its port, its own database (the web client has none), and the
 * most heap its JVM may take.
 * Reporting's reports hold a unit's year of facts while they compute (about 160 MB for a region's unit of 128,000
 * clients); the others hold a request's worth.
 */
public record LocalService(String name, int port, String database, String maxHeap) {

    /** Every service on the ports `./ips up` documents, in start order; only those that are built are started. */
    public static final List<LocalService> ALL = List.of(
            new LocalService("clients", 8081, "clients", "256m"),
            new LocalService("specialists", 8082, "specialists", "256m"),
            new LocalService("placements", 8083, "placements", "256m"),
            new LocalService("teams", 8084, "teams", "256m"),
            new LocalService("reporting", 8085, "reporting", "512m"),
            new LocalService("web", 8086, null, "256m"));

    public Path runnerJar(Path root) {
        return root.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Every service that keeps data answers an API with its OpenAPI document; the web client serves pages. */
    public boolean servesApi() {
        return database != null;
    }

    /**
     * The web client keeps its users' sessions in cookies it encrypts, with a secret every replica shares; the
     * services that keep data take a bearer token on each request instead.
     */
    public boolean keepsBrowserSessions() {
        return database == null;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    LocalService onPort(int newPort) {
        return new LocalService(name, newPort, database, maxHeap);
    }
}
