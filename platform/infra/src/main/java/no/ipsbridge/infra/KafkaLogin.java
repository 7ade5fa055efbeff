package no.ipsbridge.infra;

import java.util.Map;

/**
 * A user's SASL/SCRAM login to the broker, as the properties a Kafka client takes. The local broker's users and
 * their passwords are in {@link KafkaAccess}; they are for local development only.
 */
public record KafkaLogin(String username, String password) {

    public static final String MECHANISM = "SCRAM-SHA-512";

    /** What a Kafka client needs to reach the broker at {@code bootstrapServers} signed in as this user. */
    public Map<String, Object> clientProperties(String bootstrapServers) {
        return Map.of("bootstrap.servers", bootstrapServers, "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", MECHANISM, "sasl.jaas.config", jaasConfig());
    }

    /** The JAAS line that signs this user in with SCRAM, for a client or for the broker's own connections. */
    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    /**
     * The same as kcat (librdkafka) options for the local broker. PLAIN, because librdkafka before 2.6.1 (Debian 12's
     * kcat) does SCRAM in a way Kafka 4 refuses; a newer kcat may say SCRAM-SHA-512 instead.
     */
    public String kcatOptions() {
        return "-X security.protocol=SASL_PLAINTEXT -X sasl.mechanisms=PLAIN -X sasl.username=" + username
                + " -X sasl.password=" + password;
    }

    @Override
    public String toString() {
        return "KafkaLogin[" + username + "]";
    }
}
