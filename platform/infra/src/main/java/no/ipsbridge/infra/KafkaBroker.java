package no.ipsbridge.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

import org.jboss.logging.Logger;

/**
 * A real Apache Kafka broker in KRaft mode (one node that is both broker and controller), run in a JVM of its own
 * from the classpath Maven resolved for {@code kafka_2.13}, so that no broker jar reaches a service's classpath.
 *
 * <p>It accepts only signed-in clients (SASL/SCRAM-SHA-512) and lets each do what {@link KafkaAccess} grants it
 * (ADR 32); at every start it makes its users and ACLs exactly those.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);

    private static final String SIGNED_IN_MARKER = "data.formatted-with-sign-in";

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private ChildProcess process;

    public KafkaBroker(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public KafkaBroker start() {
        Workspace.createDirectories(dir);
        Path config = dir.resolve("server.properties");
        Path logConfig = dir.resolve("log4j2.properties");
        Path log = dir.resolve("kafka.log");
        Workspace.rotate(log);
        Path logDirs = dir.resolve("data");
        writeConfiguration(config, logConfig, logDirs);
        String classpath = Distributions.kafkaBrokerClasspath().stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        Path signedIn = dir.resolve(SIGNED_IN_MARKER);
        if (Files.exists(logDirs.resolve("meta.properties")) && !Files.exists(signedIn)) {
            // The super user's credential can only be laid down when the log is formatted; formatting it afresh
            // here would leave the services' databases holding rows whose events are gone.
            throw new IllegalStateException(logDirs + " was formatted before the broker required sign-in (ADR 32)."
                    + " Remove it together with the services' databases: for ./ips up, remove .ips for a fresh copy.");
        }
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            ChildProcess.run("kafka-storage format", List.of(ChildProcess.javaExecutable(), "-Xmx256m",
                    "-Dlog4j2.configurationFile=" + logConfig, "-cp", classpath, "kafka.tools.StorageTool",
                    "format", "--cluster-id", newClusterId(), "--config", config.toString(),
                    "--add-scram", KafkaLogin.MECHANISM + "=[name=" + KafkaAccess.ADMIN.username() + ",password="
                            + KafkaAccess.ADMIN.password() + "]"),
                    dir, log, Duration.ofMinutes(2));
            try {
                Files.writeString(signedIn, "The SCRAM super user was laid down when " + logDirs + " was formatted\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        process = ChildProcess.start("Kafka", List.of(ChildProcess.javaExecutable(), "-Xms128m", "-Xmx512m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + logConfig, "-cp", classpath, "kafka.Kafka", config.toString()),
                dir, log, Map.of());
        process.awaitReady(Duration.ofMinutes(2), () -> process.logContains("Kafka Server started")
                && Ports.isListening(port));
        provisionAccess();
        LOG.infof("Kafka %s (KRaft) ready on %s", "broker", bootstrapServers());
        return this;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** What a Kafka client needs to reach this broker signed in as {@code login}. */
    public Map<String, Object> clientProperties(KafkaLogin login) {
        return login.clientProperties(bootstrapServers());
    }

    /** The broker's users and ACLs become exactly {@link KafkaAccess}'s: added, changed or taken away. */
    private void provisionAccess() {
        try (Admin admin = Admin.create(clientProperties(KafkaAccess.ADMIN))) {
            admin.alterUserScramCredentials(KafkaAccess.USERS.stream().<UserScramCredentialAlteration>map(
                    user -> new UserScramCredentialUpsertion(user.name(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), user.login().password()))
                    .toList()).all().get(1, TimeUnit.MINUTES);
            Set<AclBinding> wanted = Set.copyOf(KafkaAccess.localAcls());
            Collection<AclBinding> present = admin.describeAcls(AclBindingFilter.ANY).values().get(1, TimeUnit.MINUTES);
            List<AclBindingFilter> outdated = present.stream().filter(acl -> !wanted.contains(acl))
                    .map(AclBinding::toFilter).toList();
            if (!outdated.isEmpty()) {
                admin.deleteAcls(outdated).all().get(1, TimeUnit.MINUTES);
            }
            List<AclBinding> missing = wanted.stream().filter(acl -> !present.contains(acl)).toList();
            if (!missing.isEmpty()) {
                admin.createAcls(missing).all().get(1, TimeUnit.MINUTES);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take its users and ACLs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Controlled shutdown: the broker flushes its logs, so nothing acknowledged is lost. */
    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** kill -9: the broker gets no chance to flush; what it acknowledged must survive all the same. */
    public void kill() {
        if (process != null) {
            process.kill();
        }
    }

    private void writeConfiguration(Path config, Path logConfig, Path logDirs) {
        String admin = KafkaAccess.ADMIN.username();
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=CLIENTS://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=CLIENTS://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=CLIENTS",
                "listener.security.protocol.map=CLIENTS:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                // Clients sign in with SCRAM, or with PLAIN for clients built on librdkafka before 2.6.1 (Debian
                // 12's kcat), whose SCRAM Kafka 4 refuses. SCRAM's credentials live in the metadata log, which the
                // controller listener must reach before there is one, so the controller side signs in with PLAIN.
                "listener.name.clients.sasl.enabled.mechanisms=" + KafkaLogin.MECHANISM + ",PLAIN",
                "listener.name.clients.plain.sasl.jaas.config="
                        + "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + Stream.concat(Stream.of(KafkaAccess.ADMIN), KafkaAccess.USERS.stream().map(
                                KafkaAccess.User::login)).map(login -> "user_" + login.username() + "=\""
                                        + login.password() + "\"").collect(Collectors.joining(" ")) + ";",
                "sasl.mechanism.inter.broker.protocol=" + KafkaLogin.MECHANISM,
                "listener.name.clients." + KafkaLogin.MECHANISM.toLowerCase() + ".sasl.jaas.config="
                        + KafkaAccess.ADMIN.jaasConfig(),
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config="
                        + "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + admin
                        + "\" password=\"" + KafkaAccess.ADMIN.password() + "\" user_" + admin + "=\""
                        + KafkaAccess.ADMIN.password() + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + admin,
                "allow.everyone.if.no.acl.found=false",
                "log.dirs=" + logDirs,
                "num.partitions=3",
                // One node: every internal topic has exactly one replica.
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "log.retention.hours=-1",
                "");
        String logging = String.join("\n",
                "status=warn",
                "appender.console.type=Console",
                "appender.console.name=STDOUT",
                "appender.console.layout.type=PatternLayout",
                "appender.console.layout.pattern=[%d] %p %m (%c)%n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.stdout.ref=STDOUT",
                "logger.server.name=kafka.server.KafkaRaftServer",
                "logger.server.level=INFO",
                "");
        try {
            Files.writeString(config, properties);
            Files.writeString(logConfig, logging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cluster id as Kafka makes them: 16 random bytes in URL-safe base64. Like Kafka's own {@code Uuid}, never one
     * starting with '-', which the storage tool's command line would take for an option (1 start in 64).
     */
    static String newClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
