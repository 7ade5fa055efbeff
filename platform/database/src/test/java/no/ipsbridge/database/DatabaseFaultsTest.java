package no.ipsbridge.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

    @Test
    void aLostConnectionAnywhereInTheCausesIsAnOutage() {
        assertThat(DatabaseFaults.connectionLost(new IllegalStateException("rolled back",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        assertThat(DatabaseFaults.connectionLost(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseFaults.connectionLost(new RuntimeException(
                new SQLTransientConnectionException("Acquisition timeout")))).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(DatabaseFaults.connectionLost(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseFaults.connectionLost(new SQLException("no state"))).isFalse();
        assertThat(DatabaseFaults.connectionLost(new IllegalArgumentException("bad"))).isFalse();
    }

    @Test
    void aCauseThatIsItsOwnCauseEnds() {
        Exception looping = new Exception() {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertThat(DatabaseFaults.connectionLost(looping)).isFalse();
    }
}
