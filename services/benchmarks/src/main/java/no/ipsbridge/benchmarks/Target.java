package no.ipsbridge.benchmarks;

import java.util.Map;

import no.ipsbridge.infra.KafkaAccess;

/**
 * A running IPS Bridge to measure: each service's base URL, PostgreSQL (one database per service, named after it),
 * the Kafka broker and the Keycloak realm's issuer.
 */
public record Target(Map<String, String> services, String postgresHost, int postgresPort, String kafkaBootstrap,
        String issuer) {

    /** `./ips up` on the ports the README documents. */
    public static Target documented() {
        return new Target(Map.of(
                "clients", "http://127.0.0.1:8081",
                "specialists", "http://127.0.0.1:8082",
                "placements", "http://127.0.0.1:8083",
                "teams", "http://127.0.0.1:8084",
                "reporting", "http://127.0.0.1:8085"),
                "127.0.0.1", 15432, "127.0.0.1:9092", "http://127.0.0.1:8180/realms/ips");
    }

    public String url(String service) {
        String url = services.get(service);
        if (url == null) {
            throw new IllegalArgumentException(service + " is not running");
        }
        return url;
    }

    /** A Kafka client's settings to reach the broker as its operator (the local broker's super user, ADR 32). */
    public Map<String, Object> kafkaClient() {
        return KafkaAccess.ADMIN.clientProperties(kafkaBootstrap);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }

    public int port(String service) {
        return java.net.URI.create(url(service)).getPort();
    }
}
