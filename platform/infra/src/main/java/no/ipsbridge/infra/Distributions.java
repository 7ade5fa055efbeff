package no.ipsbridge.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Where the build put the infrastructure distributions on this machine (see platform/infra-distributions). */
public final class Distributions {

    private static final Properties PROPERTIES = load();

    private Distributions() {
    }

    public static Path postgresBinariesJar() {
        return Path.of(get("postgres.binaries.jar"));
    }

    public static String postgresVersion() {
        return get("postgres.version");
    }

    public static List<Path> kafkaBrokerClasspath() {
        return Arrays.stream(get("kafka.broker.classpath").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }

    public static Path keycloakZip() {
        return Path.of(get("keycloak.zip"));
    }

    public static String keycloakVersion() {
        return get("keycloak.version");
    }

    private static String get(String key) {
        String value = PROPERTIES.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("The build did not record '" + key
                    + "'; rebuild platform/infra-distributions with ./mvnw install");
        }
        return value;
    }

    private static Properties load() {
        try (InputStream in = Distributions.class.getResourceAsStream("distributions.properties")) {
            if (in == null) {
                throw new IllegalStateException("distributions.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
