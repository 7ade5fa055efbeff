package no.ipsbridge.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * {@code Idempotency-Key} for POSTs a phone on a flaky network may send twice. The first request with a key runs
 * and its answer is stored in the same transaction as its change; a retry with the same key and the same body gets
 * that answer again (with {@code Idempotent-Replayed: true}) and changes nothing, so no second event is written.
 * Two concurrent requests with one key are serialised by the key's row lock.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** What a command answered: enough to answer a retry identically. */
    public record Outcome(int status, URI location, String etag, Object body) {
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    Idempotency(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Runs the command once per key and caller; without a key it simply runs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, String caller, Object request, Supplier<Outcome> command) {
        if (key == null) {
            return toResponse(command.get(), false);
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalidField(HEADER, "must be 1–200 visible ASCII characters, e.g. a UUID");
        }
        String hash = hash(request);
        try (Connection connection = dataSource.getConnection()) {
            if (!claim(connection, key, caller, hash)) {
                return replay(connection, key, caller, hash);
            }
            Outcome outcome = command.get();
            store(connection, key, caller, outcome);
            return toResponse(outcome, false);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the idempotency key", e);
        }
    }

    private boolean claim(Connection connection, String key, String caller, String hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into ips_idempotency (idempotency_key, caller, request_hash) values (?, ?, ?)
                on conflict do nothing""")) {
            insert.setString(1, key);
            insert.setString(2, caller);
            insert.setString(3, hash);
            return insert.executeUpdate() == 1;
        }
    }

    private Response replay(Connection connection, String key, String caller, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select request_hash, status, location, etag, body from ips_idempotency
                where idempotency_key = ? and caller = ?""")) {
            select.setString(1, key);
            select.setString(2, caller);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                if (!hash.equals(rs.getString("request_hash"))) {
                    throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                            "This Idempotency-Key was used for a different request; use a new key for a new request");
                }
                String location = rs.getString("location");
                Response.ResponseBuilder response = Response.status(rs.getInt("status"))
                        .header(REPLAYED_HEADER, "true");
                if (location != null) {
                    response.location(URI.create(location));
                }
                if (rs.getString("etag") != null) {
                    response.header("ETag", rs.getString("etag"));
                }
                String body = rs.getString("body");
                return body == null ? response.build() : response.entity(body).type(MediaType.APPLICATION_JSON).build();
            }
        }
    }

    private void store(Connection connection, String key, String caller, Outcome outcome) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update ips_idempotency set status = ?, location = ?, etag = ?, body = ?
                where idempotency_key = ? and caller = ?""")) {
            update.setInt(1, outcome.status());
            update.setString(2, outcome.location() == null ? null : outcome.location().toString());
            update.setString(3, outcome.etag());
            update.setString(4, outcome.body() == null ? null : json.writeValueAsString(outcome.body()));
            update.setString(5, key);
            update.setString(6, caller);
            update.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response toResponse(Outcome outcome, boolean replayed) {
        Response.ResponseBuilder response = Response.status(outcome.status());
        if (outcome.location() != null) {
            response.location(outcome.location());
        }
        if (outcome.etag() != null) {
            response.header("ETag", outcome.etag());
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return outcome.body() == null ? response.build() : response.entity(outcome.body()).build();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
