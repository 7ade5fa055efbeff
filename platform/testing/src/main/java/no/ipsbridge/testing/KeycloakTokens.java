package no.ipsbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens from one Keycloak realm, for the realm's demo users and clients. Tokens are reused for a
 * minute, well inside their lifetime.
 */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "demo";
    private static final Duration REUSE = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Issued(String token, Instant at) {
    }

    private final String issuer;
    private final Map<String, Issued> cache = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param issuer the realm's issuer URL, e.g. {@code http://127.0.0.1:8180/realms/ips} */
    public KeycloakTokens(String issuer) {
        this.issuer = issuer;
    }

    /** A token for a demo user through the local-only password grant of client {@code ips-cli}. */
    public String user(String username) {
        return cached("user:" + username, () -> request(Map.of("grant_type", "password", "client_id", "ips-cli",
                "username", username, "password", DEMO_PASSWORD)));
    }

    /** A token for a confidential client through the client-credentials grant. */
    public String client(String clientId, String secret) {
        return cached("client:" + clientId, () -> request(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    /** A fresh token for any grant the realm allows, as Keycloak's token endpoint answers it. */
    public String request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(issuer + "/protocol/openid-connect/token"))
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

    private String cached(String key, Supplier<String> fetch) {
        Issued issued = cache.get(key);
        if (issued == null || issued.at().plus(REUSE).isBefore(Instant.now())) {
            issued = new Issued(fetch.get(), Instant.now());
            cache.put(key, issued);
        }
        return issued.token();
    }
}
