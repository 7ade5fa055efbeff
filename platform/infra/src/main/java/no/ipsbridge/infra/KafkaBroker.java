package no.ipsbridge.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

/**
 * A real Apache Kafka broker in KRaft mode (one node that is both broker and controller), run in a JVM of its own
 * from the classpath Maven resolved for {@code kafka_2.13}, so that no broker jar reaches a service's classpath.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);

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
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            ChildProcess.run("kafka-storage format", List.of(ChildProcess.javaExecutable(), "-Xmx256m",
                    "-Dlog4j2.configurationFile=" + logConfig, "-cp", classpath, "kafka.tools.StorageTool",
                    "format", "--cluster-id", newClusterId(), "--config", config.toString()),
                    dir, log, Duration.ofMinutes(2));
        }
        process = ChildProcess.start("Kafka", List.of(ChildProcess.javaExecutable(), "-Xms128m", "-Xmx512m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + logConfig, "-cp", classpath, "kafka.Kafka", config.toString()),
                dir, log, Map.of());
        process.awaitReady(Duration.ofMinutes(2), () -> process.logContains("Kafka Server started")
                && Ports.isListening(port));
        LOG.infof("Kafka %s (KRaft) ready on %s", "broker", bootstrapServers());
        return this;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
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
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
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
