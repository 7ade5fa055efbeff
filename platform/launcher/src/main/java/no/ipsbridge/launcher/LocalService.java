package no.ipsbridge.launcher;

import java.nio.file.Path;
import java.util.List;

/** A service of IPS Bridge as the launcher runs it: its fixed local port and its own database. */
record LocalService(String name, int port, String database) {

    /** Every service, in start order; the launcher starts those that are built. */
    static final List<LocalService> ALL = List.of(
            new LocalService("clients", 8081, "clients"),
            new LocalService("specialists", 8082, "specialists"),
            new LocalService("placements", 8083, "placements"),
            new LocalService("teams", 8084, "teams"),
            new LocalService("reporting", 8085, "reporting"));

    Path runnerJar(Path root) {
        return root.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }
}
