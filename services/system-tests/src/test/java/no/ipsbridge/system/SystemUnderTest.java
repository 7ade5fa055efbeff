package no.ipsbridge.system;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.infra.Workspace;
import no.ipsbridge.launcher.IpsSystem;
import no.ipsbridge.testing.KeycloakTokens;

/**
 * Starts the whole of IPS Bridge once per test JVM, as `./ips up` does but on free ports in a temporary directory,
 * and stops it when the last test class is done. Test classes say {@code @ExtendWith(SystemUnderTest.class)}. The
 * services are traced as in a traced deployment, into a {@link TraceCollector} of the test JVM.
 */
public final class SystemUnderTest implements BeforeAllCallback {

    public static final String CLINIC_SYSTEM = "clinic-system-bergen";
    public static final String CLINIC_SYSTEM_SECRET = "clinic-system-bergen-local-secret";
    public static final String PARTNER = "partner-warehouse";
    public static final String PARTNER_SECRET = "partner-warehouse-local-secret";

    private static IpsSystem system;
    private static TraceCollector traces;
    private static KeycloakTokens tokens;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(SystemUnderTest.class,
                key -> start(), Stopper.class);
    }

    private static synchronized Stopper start() {
        Path state = Workspace.temporaryDirectory("ips-system-tests-");
        long started = System.nanoTime();
        traces = new TraceCollector();
        system = IpsSystem.start(IpsSystem.Layout.onFreePorts(state).withServiceEnvironment(
                traces.serviceEnvironment()), line -> System.out.println("[system] " + line));
        System.out.printf("[system] up in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
        tokens = new KeycloakTokens(system.keycloak().issuer());
        return new Stopper(state);
    }

    /** Closed by JUnit when the whole run is over. */
    record Stopper(Path state) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            system.close();
            traces.close();
            Workspace.deleteRecursively(state);
        }
    }

    public static IpsSystem system() {
        return system;
    }

    /** A request to a service, as a demo user (password grant through ips-cli). */
    public static RequestSpecification as(String username, String service) {
        return RestAssured.given().baseUri(system.url(service)).auth().oauth2(tokens.user(username))
                .contentType("application/json");
    }

    /** A request to a service with a client-credentials token of a confidential client. */
    public static RequestSpecification asClient(String clientId, String secret, String service) {
        return RestAssured.given().baseUri(system.url(service)).auth().oauth2(tokens.client(clientId, secret))
                .contentType("application/json");
    }

    /** A request to a service without any token. */
    public static RequestSpecification anonymous(String service) {
        return RestAssured.given().baseUri(system.url(service)).contentType("application/json");
    }

    /** What the services have exported of their traces so far. */
    public static TraceCollector traces() {
        return traces;
    }

    public static KeycloakTokens tokens() {
        return tokens;
    }
}
