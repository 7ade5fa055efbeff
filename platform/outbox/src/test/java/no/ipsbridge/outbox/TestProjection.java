package no.ipsbridge.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.IpsVariant;

/**
 * A consumer that counts how often it applied each referral and notes an enrolment after it; it refuses IPS Ung
 * referrals to test the DLT. Two consumers read its topic side by side, as a busy read model's do.
 */
@ApplicationScoped
class TestProjection implements EventHandler<ClientEvent> {

    private final AgroalDataSource dataSource;

    TestProjection(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "test-projection";
    }

    @Override
    public EventCatalog.Topic<ClientEvent> topic() {
        return EventCatalog.CLIENTS;
    }

    @Override
    public int consumers() {
        return 2;
    }

    @Override
    public void handle(ClientEvent event, CloudEvent envelope) {
        if (event instanceof ClientEnrolled enrolled) {
            update("update test_projection set enrolled_on = ? where client_id = ?", enrolled);
            return;
        }
        if (!(event instanceof ClientReferred referred)) {
            return;
        }
        if (referred.variant() == IpsVariant.IPS_UNG) {
            throw new RejectedEventException("this projection takes no IPS Ung referrals");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into test_projection (client_id, times_applied) values (?, 1)
                        on conflict (client_id) do update set times_applied = test_projection.times_applied + 1""")) {
            upsert.setObject(1, referred.clientId());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, ClientEnrolled enrolled) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, enrolled.enrolledOn());
            update.setObject(2, enrolled.clientId());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
