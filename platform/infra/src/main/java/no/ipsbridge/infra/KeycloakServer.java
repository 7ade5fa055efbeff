package no.ipsbridge.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.logging.Logger;

/**
 * The real Keycloak server distribution from Maven Central, unpacked under {@code target/infra} and started in
 * development mode with an in-memory database and the realm file imported, so every start begins from the realm
 * as committed.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
    public static final String REALM = "ips";

    private final Path realmFile;
    private final Path logDir;
    private final int port;
    private ChildProcess process;

    public KeycloakServer(Path realmFile, Path logDir, int port) {
        this.realmFile = realmFile;
        this.logDir = logDir;
        this.port = port;
    }

    public KeycloakServer start() {
        Path home = unpack();
        // start-dev imports what it finds in its own data/import; the realm in-memory database forgets it again.
        Path importDir = Workspace.createDirectories(home.resolve("data/import"));
        try {
            Files.copy(realmFile, importDir.resolve("ips-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = logDir.resolve("keycloak.log");
        process = ChildProcess.start("Keycloak", List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--db=dev-mem", "--import-realm",
                "--health-enabled=false", "--metrics-enabled=false", "--cache=local", "--features=organization"),
                home, log, Map.of(
                        "JAVA_HOME", System.getProperty("java.home"),
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m",
                        // The local-development administrator; never used outside this machine.
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
        process.awaitReady(Duration.ofMinutes(4), this::realmIsServed);
        LOG.infof("Keycloak %s ready on %s", Distributions.keycloakVersion(), url());
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    private boolean realmIsServed() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(issuer() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path unpack() {
        Path target = Workspace.distributionsDir().resolve("keycloak-" + Distributions.keycloakVersion());
        return Workspace.unpackOnce(target, "bin/kc.sh", dir -> {
            try (ZipFile zip = new ZipFile(Distributions.keycloakZip().toFile())) {
                for (ZipEntry entry : zip.stream().toList()) {
                    // The zip holds one top-level folder, keycloak-<version>/; drop it.
                    String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                    if (name.isEmpty()) {
                        continue;
                    }
                    Path out = Workspace.entryPath(dir, name);
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (var in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (name.startsWith("bin/") && name.endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        });
    }
}
