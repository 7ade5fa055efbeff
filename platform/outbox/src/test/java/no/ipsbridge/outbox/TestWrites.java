package no.ipsbridge.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.IpsVariant;

/** A domain change with its event, the way a service makes one. */
@ApplicationScoped
class TestWrites {

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final Inbox inbox;

    TestWrites(AgroalDataSource dataSource, Outbox outbox, Inbox inbox) {
        this.inbox = inbox;
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Transactional
    void refer(UUID clientId, IpsVariant variant) {
        insertChange(clientId);
        outbox.append(new ClientReferred(clientId, Instant.now(), "HEALTH", "helse-bergen", "nav-bergen", null,
                variant, false));
    }

    /** Several referrals in one transaction, so that the relay publishes them together and a consumer polls them so. */
    @Transactional
    void referAll(Map<UUID, IpsVariant> referrals) {
        referrals.forEach(this::refer);
    }

    /** A second event for the same client, keyed the same, so it lands on the same partition after the referral. */
    @Transactional
    void enrol(UUID clientId) {
        outbox.append(new ClientEnrolled(clientId, LocalDate.of(2026, 11, 2), "outbox-test-specialist"));
    }

    @Transactional
    void referThenFail(UUID clientId) {
        refer(clientId, IpsVariant.IPS);
        throw new IllegalStateException("the change fails after its event was appended");
    }

    @Transactional
    boolean claim(String consumer, String eventId, Inbox.Position position) {
        return inbox.claim(consumer, eventId, position);
    }

    long count(String sql, UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            var rs = select.executeQuery();
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #count(String, UUID)}, with the clients as an array parameter ({@code = any(?)}). */
    long count(String sql, List<UUID> ids) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            var rs = select.executeQuery();
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertChange(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into test_change (id) values (?)")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
