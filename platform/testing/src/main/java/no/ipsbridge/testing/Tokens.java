package no.ipsbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Real access tokens from the test Keycloak, for the realm's demo users and clients. */
public final class Tokens {

    public static final String DEMO_PASSWORD = "demo";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** A token for a demo user through the local-only password grant of client {@code ips-cli}. */
    public static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> request(Map.of("grant_type", "password",
                "client_id", "ips-cli", "username", username, "password", DEMO_PASSWORD)));
    }

    /** A token for a confidential client through the client-credentials grant. */
    public static String client(String clientId, String secret) {
        return CACHE.computeIfAbsent("client:" + clientId, key -> request(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    private static String request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(SharedInfrastructure.keycloak().issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
