package no.ipsbridge.testing;

/** Real access tokens from the test Keycloak, for the realm's demo users and clients. */
public final class Tokens {

    public static final String DEMO_PASSWORD = KeycloakTokens.DEMO_PASSWORD;
    private static KeycloakTokens shared;

    private Tokens() {
    }

    /** A token for a demo user through the local-only password grant of client {@code ips-cli}. */
    public static String user(String username) {
        return shared().user(username);
    }

    /** A token for a confidential client through the client-credentials grant. */
    public static String client(String clientId, String secret) {
        return shared().client(clientId, secret);
    }

    private static synchronized KeycloakTokens shared() {
        if (shared == null) {
            shared = new KeycloakTokens(SharedInfrastructure.servers().keycloakIssuer());
        }
        return shared;
    }
}
