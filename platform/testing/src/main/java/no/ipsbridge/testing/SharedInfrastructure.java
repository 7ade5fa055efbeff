package no.ipsbridge.testing;

import java.nio.file.Path;

import no.ipsbridge.infra.KafkaBroker;
import no.ipsbridge.infra.KeycloakServer;
import no.ipsbridge.infra.Ports;
import no.ipsbridge.infra.PostgresServer;
import no.ipsbridge.infra.Workspace;

/**
 * The servers of one test JVM. Each starts on first use and stops when the JVM exits, together with its
 * temporary directory, so a test run leaves no process and no files behind.
 */
public final class SharedInfrastructure {

    private static final Path ROOT = Workspace.temporaryDirectory("ips-test-infra");
    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static KeycloakServer keycloak;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stopAll, "ips-test-infra-stop"));
    }

    private SharedInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = new PostgresServer(ROOT.resolve("postgres"), Ports.free(), false).start();
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = new KafkaBroker(ROOT.resolve("kafka"), Ports.free(), Ports.free()).start();
        }
        return kafka;
    }

    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            Path realm = Workspace.repositoryRoot().resolve("deploy/keycloak/ips-realm.json");
            keycloak = new KeycloakServer(realm, ROOT.resolve("keycloak"), Ports.free()).start();
        }
        return keycloak;
    }

    private static synchronized void stopAll() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        Workspace.deleteRecursively(ROOT);
    }
}
