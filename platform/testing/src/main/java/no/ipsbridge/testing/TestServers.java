package no.ipsbridge.testing;

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

    /** The issuer URL of the ips realm, with the project's realm file imported. */
    String keycloakIssuer();

    /** Stops whatever was started; the JVM's shutdown calls it. */
    void stop();
}
