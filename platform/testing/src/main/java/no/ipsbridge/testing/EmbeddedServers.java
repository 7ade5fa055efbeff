package no.ipsbridge.testing;

import java.nio.file.Path;
import java.util.Optional;

import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.infra.KafkaBroker;
import no.ipsbridge.infra.KafkaLogin;
import no.ipsbridge.infra.KeycloakServer;
import no.ipsbridge.infra.Ports;
import no.ipsbridge.infra.PostgresServer;
import no.ipsbridge.infra.Workspace;

/** The servers as child processes of the test JVM, each started on first use, in a temporary directory. */
final class EmbeddedServers implements TestServers {

    private final Path root = Workspace.temporaryDirectory("ips-test-infra");
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = new PostgresServer(root.resolve("postgres"), Ports.free(), false).start();
        }
        return postgres;
    }

    synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = new KafkaBroker(root.resolve("kafka"), Ports.free(), Ports.free()).start();
        }
        return kafka;
    }

    private synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            Path realm = Workspace.repositoryRoot().resolve("deploy/keycloak/ips-realm.json");
            keycloak = new KeycloakServer(realm, root.resolve("keycloak"), Ports.free()).start();
        }
        return keycloak;
    }

    @Override
    public Database database(String name) {
        return new Database(postgres().createDatabase(name), PostgresServer.SUPERUSER, "");
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    @Override
    public Optional<KafkaLogin> kafkaAdmin() {
        return Optional.of(KafkaAccess.ADMIN);
    }

    @Override
    public String keycloakIssuer() {
        return keycloak().issuer();
    }

    @Override
    public synchronized void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        Workspace.deleteRecursively(root);
    }
}
