package no.ipsbridge.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This instance among the replicas of its service: the host name (a Kubernetes pod's name) and the process id, as
 * Kafka client ids and logs name it.
 */
final class InstanceName {

    /** Looked up once: the relay and the consumers name their clients with it at start. */
    private static final String CURRENT = lookUp();

    private InstanceName() {
    }

    static String current() {
        return CURRENT;
    }

    private static String lookUp() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + ProcessHandle.current().pid();
    }
}
