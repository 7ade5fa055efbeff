package no.ipsbridge.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

import no.ipsbridge.infra.KafkaLogin;
import no.ipsbridge.infra.KeycloakServer;
import no.ipsbridge.infra.Workspace;

/**
 * The servers as containers on a Docker host (Testcontainers), in the versions the embedded path and compose.yaml
 * run, each started on first use.
 */
final class ContainerServers implements TestServers {

    static final String POSTGRES_IMAGE = "postgres:18.1";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.4.7";

    private PostgreSQLContainer postgres;
    private KafkaContainer kafka;
    private GenericContainer<?> keycloak;

    private synchronized PostgreSQLContainer postgres() {
        if (postgres == null) {
            postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
            postgres.start();
        }
        return postgres;
    }

    @Override
    public Database database(String name) {
        PostgreSQLContainer server = postgres();
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(),
                server.getPassword()); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name.replace("'", "''") + "'")) {
                if (!exists.next()) {
                    statement.execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " in the container", e);
        }
        String url = "jdbc:postgresql://" + server.getHost() + ":" + server.getMappedPort(5432) + "/" + name;
        return new Database(url, server.getUsername(), server.getPassword());
    }

    @Override
    public synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    /** The container's broker takes anyone: the tests of access run on the embedded servers. */
    @Override
    public Optional<KafkaLogin> kafkaAdmin() {
        return Optional.empty();
    }

    @Override
    public synchronized String keycloakIssuer() {
        if (keycloak == null) {
            keycloak = new GenericContainer<>(KEYCLOAK_IMAGE).withCommand("start-dev", "--import-realm")
                    .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin").withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                    .withCopyFileToContainer(MountableFile.forHostPath(Workspace.repositoryRoot().resolve(
                            "deploy/keycloak/ips-realm.json")), "/opt/keycloak/data/import/ips-realm.json")
                    .withExposedPorts(8080)
                    .waitingFor(Wait.forHttp("/realms/" + KeycloakServer.REALM).forPort(8080)
                            .withStartupTimeout(Duration.ofMinutes(3)));
            keycloak.start();
        }
        return "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080) + "/realms/" + KeycloakServer.REALM;
    }

    @Override
    public synchronized void stop() {
        for (GenericContainer<?> container : new GenericContainer<?>[] {keycloak, kafka, postgres}) {
            if (container != null) {
                container.stop();
            }
        }
    }
}
