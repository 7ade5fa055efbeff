package no.ipsbridge.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.Resource;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the broker (ADR 32): each service writes its own topics and reads the topics it consumes (and
 * may dead-letter what it cannot handle), an integration partner reads the partner topics and nothing else, and the
 * internal topics ({@code ips.audit.v1}, {@code ips.protection.v1}) are read only by the services that need them.
 * The Kubernetes KafkaUsers state the same ACLs (KubernetesManifestsTest holds them to this class).
 *
 * <p>The passwords are the local broker's, for local development only; a cluster's come from its KafkaUsers' secrets.
 */
public final class KafkaAccess {

    /** The broker's super user: it signs the broker in to itself and provisions users, ACLs and test topics. */
    public static final KafkaLogin ADMIN = local("admin");

    /** The integration partner of the demo realm (a health trust's data warehouse). */
    public static final KafkaLogin PARTNER = local("partner-warehouse");

    /** What an integration partner may read: the event topics and the latest-state topic (ADR 33). */
    public static final List<String> PARTNER_TOPICS = List.of("ips.clients.v1", "ips.specialists.v1",
            "ips.placements.v1", "ips.teams.v1", "ips.client-state.v1");

    /** A user of the broker and the ACLs it holds. */
    public record User(KafkaLogin login, List<AclBinding> acls) {

        public String name() {
            return login.username();
        }
    }

    public static final List<User> USERS = List.of(
            service("clients", List.of("ips.clients.v1", "ips.protection.v1", "ips.client-state.v1"),
                    List.of("ips.audit.v1", "ips.placements.v1", "ips.specialists.v1", "ips.teams.v1")),
            service("specialists", List.of("ips.specialists.v1", "ips.audit.v1"),
                    List.of("ips.clients.v1", "ips.placements.v1", "ips.protection.v1", "ips.teams.v1")),
            service("placements", List.of("ips.placements.v1", "ips.audit.v1"),
                    List.of("ips.clients.v1", "ips.specialists.v1", "ips.protection.v1", "ips.teams.v1")),
            service("teams", List.of("ips.teams.v1", "ips.audit.v1"),
                    List.of("ips.clients.v1", "ips.protection.v1")),
            service("reporting", List.of(),
                    List.of("ips.clients.v1", "ips.specialists.v1", "ips.teams.v1", "ips.placements.v1",
                            "ips.protection.v1")),
            partner(PARTNER));

    /**
     * The local broker's alone: {@code ./ips bench} measures the clients service's relay draining a burst of rows
     * into a topic of its own ({@value #BENCHMARK_TOPIC}), which the relay may then write, and create: the
     * relay makes sure of every topic it publishes to by creating it, which the broker refuses without Create even
     * when the topic exists. No cluster has this grant.
     */
    public static final String BENCHMARK_TOPIC = "ips.benchmark.v1";

    private static final List<AclBinding> LOCAL_ONLY = topic(localLogin("clients").orElseThrow(), BENCHMARK_TOPIC,
            AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.WRITE);

    private KafkaAccess() {
    }

    /** What the local broker grants: every user's ACLs and the benchmark's. */
    public static List<AclBinding> localAcls() {
        return Stream.concat(USERS.stream().flatMap(user -> user.acls().stream()), LOCAL_ONLY.stream()).toList();
    }

    /** The login of a service or partner of the local broker; empty when the broker knows no such user. */
    public static Optional<KafkaLogin> localLogin(String user) {
        return USERS.stream().map(User::login).filter(login -> login.username().equals(user)).findFirst();
    }

    /**
     * A service: creates and writes the topics it publishes, reads the ones it consumes and creates and writes
     * their dead-letter topics, in consumer groups named after it ({@code ips-<service>.<handler>}).
     */
    private static User service(String name, List<String> writes, List<String> reads) {
        KafkaLogin login = local(name);
        List<AclBinding> acls = new ArrayList<>();
        writes.forEach(topic -> acls.addAll(topic(login, topic, AclOperation.DESCRIBE, AclOperation.CREATE,
                AclOperation.WRITE)));
        for (String topic : reads) {
            acls.addAll(topic(login, topic, AclOperation.DESCRIBE, AclOperation.READ));
            acls.addAll(topic(login, topic + ".dlt", AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.WRITE));
        }
        acls.addAll(groups(login, "ips-" + name + "."));
        acls.addAll(grant(login, new ResourcePattern(ResourceType.CLUSTER, Resource.CLUSTER_NAME,
                PatternType.LITERAL), AclOperation.DESCRIBE, AclOperation.IDEMPOTENT_WRITE));
        return new User(login, List.copyOf(acls));
    }

    /** A partner: reads the partner topics, in consumer groups named after it ({@code <partner>.<anything>}). */
    private static User partner(KafkaLogin login) {
        List<AclBinding> acls = new ArrayList<>();
        PARTNER_TOPICS.forEach(topic -> acls.addAll(topic(login, topic, AclOperation.DESCRIBE, AclOperation.READ)));
        acls.addAll(groups(login, login.username() + "."));
        return new User(login, List.copyOf(acls));
    }

    private static List<AclBinding> topic(KafkaLogin login, String topic, AclOperation... operations) {
        return grant(login, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), operations);
    }

    private static List<AclBinding> groups(KafkaLogin login, String prefix) {
        return grant(login, new ResourcePattern(ResourceType.GROUP, prefix, PatternType.PREFIXED),
                AclOperation.DESCRIBE, AclOperation.READ);
    }

    private static List<AclBinding> grant(KafkaLogin login, ResourcePattern resource, AclOperation... operations) {
        return Stream.of(operations).map(operation -> new AclBinding(resource, new AccessControlEntry(
                "User:" + login.username(), "*", operation, AclPermissionType.ALLOW))).toList();
    }

    private static KafkaLogin local(String user) {
        return new KafkaLogin(user, user + "-local-secret");
    }
}
