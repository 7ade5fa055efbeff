package no.ipsbridge.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * compose.yaml read strictly (a key Compose does not define here is an error, so a misspelt {@code enviroment:} fails
 * the build rather than leave a service without its settings), and each IPS Bridge service in it held to the service
 * itself: its image is the one Quarkus builds, its environment names exactly what its application.properties reads,
 * and it runs as a user, not root, on a read-only root file system.
 */
class ComposeFileTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path SERVICES = MODULE.resolve("../../services").normalize();
    private static final List<String> IPS_SERVICES = List.of("clients", "specialists", "placements", "teams",
            "reporting", "web");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final ObjectMapper STRICT = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    /** The parts of the Compose specification this file uses. */
    record Compose(String name, Map<String, Service> services, Map<String, Map<String, Object>> volumes) {
    }

    record Service(String image, List<String> command, Map<String, String> environment, List<String> volumes,
            List<String> ports, String user, @JsonProperty("read_only") Boolean readOnly, List<String> tmpfs,
            @JsonProperty("depends_on") Map<String, Dependency> dependsOn, Healthcheck healthcheck) {
    }

    record Dependency(String condition) {
    }

    record Healthcheck(List<String> test, String interval, Integer retries) {
    }

    private final Compose compose = read(Files.readString(MODULE.resolve("compose.yaml")));

    ComposeFileTest() throws IOException {
    }

    @Test
    void everyServiceRunsItsOwnImageWithExactlyTheSettingsItReadsAsAUserOnAReadOnlyFileSystem() throws IOException {
        assertThat(compose.services().keySet()).containsAll(IPS_SERVICES).contains("postgres", "kafka", "keycloak");
        for (String name : IPS_SERVICES) {
            String properties = Files.readString(SERVICES.resolve(name).resolve(
                    "src/main/resources/application.properties"));
            Service service = compose.services().get(name);
            assertThat(service.image()).as(name + ": the image Quarkus builds for it")
                    .isEqualTo("ips-bridge/" + property(properties, "quarkus.application.name") + ":" + version());
            Set<String> reads = new TreeSet<>();
            Matcher placeholders = PLACEHOLDER.matcher(properties);
            while (placeholders.find()) {
                reads.add(placeholders.group(1));
            }
            assertThat(new TreeSet<>(service.environment().keySet())).as(name + "'s environment").isEqualTo(reads);
            assertThat(service.user()).as(name).isNotIn(null, "0", "root");
            assertThat(service.readOnly()).as(name + ": read-only root file system").isTrue();
            assertThat(service.tmpfs()).as(name).containsExactly("/tmp");
            assertThat(service.healthcheck().test()).as(name + ": healthy once ready")
                    .anySatisfy(step -> assertThat(step).contains("/q/health/ready"));
            assertThat(service.dependsOn().values()).as(name + " starts once what it needs is healthy")
                    .allSatisfy(dependency -> assertThat(dependency.condition()).isEqualTo("service_healthy"));
        }
        assertThat(compose.services().get("web").environment().get("IPS_WEB_SESSION_SECRET"))
                .as("no session secret in git: compose refuses to start without one")
                .startsWith("${IPS_WEB_SESSION_SECRET:?");
    }

    @Test
    void eachServiceBuildsItsImageFromTheSharedDockerfileWhichRunsAsAUser() throws IOException {
        Path dockerfile = MODULE.resolve("../container/Dockerfile.jvm").normalize();
        for (String name : IPS_SERVICES) {
            Path service = SERVICES.resolve(name);
            String path = property(Files.readString(service.resolve("src/main/resources/application.properties")),
                    "quarkus.docker.dockerfile-jvm-path");
            assertThat(service.resolve(path).normalize()).as(name).isEqualTo(dockerfile);
        }
        List<String> instructions = Files.readAllLines(dockerfile).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(instructions.getFirst()).startsWith("FROM ");
        assertThat(instructions).filteredOn(line -> line.startsWith("USER ")).containsExactly("USER 185");
        assertThat(instructions).filteredOn(line -> line.startsWith("COPY "))
                .allSatisfy(line -> assertThat(line).contains("--chown=185").contains("target/quarkus-app/"));
        assertThat(instructions.indexOf("USER 185")).as("the last user set is not root")
                .isGreaterThan(instructions.stream().filter(line -> line.startsWith("COPY ")).mapToInt(
                        instructions::indexOf).max().orElseThrow());
    }

    @Test
    void aMisspeltKeyIsRefused() {
        assertThatThrownBy(() -> read("""
                name: ips-bridge
                services:
                  clients:
                    image: ips-bridge/ips-clients
                    enviroment:
                      IPS_DB_USER: postgres
                """)).hasMessageContaining("enviroment");
    }

    private static Compose read(String yaml) throws IOException {
        return STRICT.readValue(yaml, Compose.class);
    }

    private static String property(String properties, String key) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(key) + "=(.+)$").matcher(properties);
        assertThat(matcher.find()).as(key).isTrue();
        return matcher.group(1).strip();
    }

    /** The project's version, which Quarkus tags the images with. */
    private static String version() throws IOException {
        Matcher matcher = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(MODULE.resolve(
                "pom.xml")));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
