package no.ipsbridge.testing;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Which servers the tests use, from {@value #PROPERTY} (a system property, or the environment variable
 * {@code IPS_TEST_INFRASTRUCTURE}): {@code embedded}, the default, needs no Docker and is what CI and the README run;
 * {@code containers} uses Testcontainers and fails at once without a Docker engine; {@code auto} takes containers when
 * a Docker engine answers and the embedded servers otherwise.
 */
public enum InfrastructureChoice {
    EMBEDDED,
    CONTAINERS;

    public static final String PROPERTY = "ips.test.infrastructure";

    /** The choice from this JVM's settings. */
    static InfrastructureChoice fromSettings(BooleanSupplier dockerAnswers) {
        String setting = System.getProperty(PROPERTY, System.getenv("IPS_TEST_INFRASTRUCTURE"));
        return choose(setting, dockerAnswers);
    }

    /** Docker is asked only when the setting needs it: the default never waits for a socket that is not there. */
    static InfrastructureChoice choose(String setting, BooleanSupplier dockerAnswers) {
        String value = setting == null || setting.isBlank() ? "embedded" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "embedded" -> EMBEDDED;
            case "containers" -> {
                if (!dockerAnswers.getAsBoolean()) {
                    throw new IllegalStateException(PROPERTY + "=containers, but no Docker engine answers; use "
                            + PROPERTY + "=embedded (the default) or auto");
                }
                yield CONTAINERS;
            }
            case "auto" -> dockerAnswers.getAsBoolean() ? CONTAINERS : EMBEDDED;
            default -> throw new IllegalArgumentException(PROPERTY + " is embedded, containers or auto, not "
                    + setting);
        };
    }
}
