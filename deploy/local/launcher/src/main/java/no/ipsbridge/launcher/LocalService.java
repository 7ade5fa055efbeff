package no.ipsbridge.launcher;

import java.nio.file.Path;
import java.util.List;

/** A service of IPS Bridge as it runs on one machine: its port and its own database. */
public record LocalService(String name, int port, String database) {

    /** Every service on the ports `./ips up` documents, in start order; only those that are built are started. */
    public static final List<LocalService> ALL = List.of(
            new LocalService("clients", 8081, "clients"),
            new LocalService("specialists", 8082, "specialists"),
            new LocalService("placements", 8083, "placements"),
            new LocalService("teams", 8084, "teams"),
            new LocalService("reporting", 8085, "reporting"));

    public Path runnerJar(Path root) {
        return root.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    LocalService onPort(int newPort) {
        return new LocalService(name, newPort, database);
    }
}
