package no.ipsbridge.testing;

import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.CommonClientConfigs;

import no.ipsbridge.infra.KafkaLogin;

/**
 * The PostgreSQL, Kafka and Keycloak that a test JVM's services use: embedded servers started from Maven Central's
 * packages (the default, and what CI runs), or containers on a Docker host ({@link InfrastructureChoice}).
 */
public interface TestServers {

    /** A database of the service's own, and how to reach it. */
    record Database(String jdbcUrl, String username, String password) {
    }

    /** Creates the database (or finds it, when a second test class of the JVM asks for it again). */
    Database database(String name);

    String kafkaBootstrapServers();

    /**
     * The broker's super user, where the broker requires sign-in (the embedded one, ADR 32); a container's broker
     * takes anyone. The services under test and the tests' own clients sign in with it.
     */
    Optional<KafkaLogin> kafkaAdmin();

    /** What a test's own Kafka client needs to reach the broker as its super user. */
    default Map<String, Object> kafkaClientProperties() {
        return kafkaAdmin().map(login -> login.clientProperties(kafkaBootstrapServers()))
                .orElse(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()));
    }

    /** The issuer URL of the ips realm, with the project's realm file imported. */
    String keycloakIssuer();

    /** Stops whatever was started; the JVM's shutdown calls it. */
    void stop();
}
