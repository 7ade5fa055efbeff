package no.ipsbridge.testing;

import org.testcontainers.DockerClientFactory;

import no.ipsbridge.infra.KafkaBroker;
import no.ipsbridge.infra.PostgresServer;

/**
 * The servers of one test JVM, as {@link InfrastructureChoice} chose them. Each starts on first use and stops when
 * the JVM exits, so a test run leaves no process and no files behind.
 */
public final class SharedInfrastructure {

    private static TestServers servers;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stopAll, "ips-test-infra-stop"));
    }

    private SharedInfrastructure() {
    }

    public static synchronized TestServers servers() {
        if (servers == null) {
            servers = switch (InfrastructureChoice.fromSettings(SharedInfrastructure::dockerAnswers)) {
                case EMBEDDED -> new EmbeddedServers();
                case CONTAINERS -> new ContainerServers();
            };
        }
        return servers;
    }

    /** Whether a test may stop and start the servers: only the embedded ones, whose ports survive a restart. */
    public static boolean faultsCanBeInjected() {
        return servers() instanceof EmbeddedServers;
    }

    /** The embedded PostgreSQL, for tests that stop it; see {@link #faultsCanBeInjected}. */
    public static PostgresServer postgres() {
        return embedded().postgres();
    }

    /** The embedded broker, for tests that stop it; see {@link #faultsCanBeInjected}. */
    public static KafkaBroker kafka() {
        return embedded().kafka();
    }

    private static EmbeddedServers embedded() {
        if (servers() instanceof EmbeddedServers embedded) {
            return embedded;
        }
        throw new IllegalStateException("Only the embedded servers can be stopped and started by a test");
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static synchronized void stopAll() {
        if (servers != null) {
            servers.stop();
        }
    }
}
