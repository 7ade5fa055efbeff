package no.ipsbridge.outbox;

import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this service's Kafka clients reach the broker and who they are to it (ADR 32): the relay, the consumers,
 * their dead-letter producer and the admin clients all start from these properties.
 */
@ApplicationScoped
public class BrokerConnection {

    static final String MECHANISM = "SCRAM-SHA-512";

    private final String bootstrapServers;
    private final Optional<String> username;
    private final Optional<String> password;

    BrokerConnection(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "ips.kafka.username") Optional<String> username,
            @ConfigProperty(name = "ips.kafka.password") Optional<String> password) {
        if (username.isPresent() && password.isEmpty()) {
            throw new IllegalStateException("ips.kafka.username is set but ips.kafka.password is not");
        }
        this.bootstrapServers = bootstrapServers;
        this.username = username;
        this.password = password;
    }

    /**
     * The broker's address and, when a user is configured, its SASL/SCRAM sign-in over the client listener. Without
     * a user the client connects unauthenticated, which only a broker without ACLs accepts (a Compose host's).
     */
    Properties properties() {
        Properties properties = new Properties();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        username.ifPresent(user -> {
            properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
            properties.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
            properties.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule"
                    + " required username=\"" + jaasEscaped(user) + "\" password=\"" + jaasEscaped(password.get())
                    + "\";");
        });
        return properties;
    }

    /** A password from a secret may hold any character; JAAS reads \ and " inside quotes as escapes. */
    private static String jaasEscaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
