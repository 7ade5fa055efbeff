package no.ipsbridge.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Tells a database that cannot be reached from every other failure, for the two places that must: a request answers
 * 503 with Retry-After instead of 500, and a consumer never counts the failure towards dead-lettering an event (right
 * after a restart the pool still hands out connections the restart closed, each failing once while the database
 * answers again).
 */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    /**
     * Whether a connection could not be had or was lost somewhere in the causes: SQLState class 08 (connection
     * exception), 57P0x (the server is shutting down or restarting), or the pool's timeout waiting for a connection.
     */
    public static boolean connectionLost(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(20)
                .anyMatch(cause -> cause instanceof SQLTransientConnectionException
                        || cause instanceof SQLNonTransientConnectionException
                        || cause instanceof SQLException sql && sql.getSQLState() != null
                                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0")));
    }
}
