package no.ipsbridge.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a service under test at real infrastructure: its own PostgreSQL database, the Kafka broker and, when
 * the test checks access, Keycloak with the project's realm: embedded servers, or containers on a Docker host
 * ({@link InfrastructureChoice}).
 *
 * <p>Arguments: {@code database} (the service's database name, required) and {@code keycloak} ("true" to start
 * it; it takes 15–60 s, so only tests of access ask for it).
 */
public class IpsInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private boolean keycloak;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("IpsInfrastructureResource needs a 'database' argument");
        }
        keycloak = Boolean.parseBoolean(initArgs.getOrDefault("keycloak", "false"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        TestServers servers = SharedInfrastructure.servers();
        TestServers.Database own = servers.database(database);
        config.put("quarkus.datasource.jdbc.url", own.jdbcUrl());
        config.put("quarkus.datasource.username", own.username());
        config.put("quarkus.datasource.password", own.password());
        config.put("kafka.bootstrap.servers", servers.kafkaBootstrapServers());
        // A service's own Kafka user and its ACLs are what the system tests run with; here the tests publish and
        // read topics of their own making, so the service signs in as the super user.
        servers.kafkaAdmin().ifPresent(admin -> {
            config.put("ips.kafka.username", admin.username());
            config.put("ips.kafka.password", admin.password());
        });
        if (keycloak) {
            config.put("quarkus.oidc.auth-server-url", servers.keycloakIssuer());
        }
        return config;
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus application: SharedInfrastructure stops them when the JVM exits.
    }
}
