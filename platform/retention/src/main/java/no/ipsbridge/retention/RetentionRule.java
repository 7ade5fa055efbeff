package no.ipsbridge.retention;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the rows of one platform table are kept, contributed as a bean by the module that owns the table. The
 * {@link RetentionSchedule} calls {@link #purge} with the cutoff on its schedule.
 */
public interface RetentionRule {

    /** The table the rule cleans; also the {@code table} label of its metrics. */
    String table();

    Duration retention();

    /** Deletes the rows that are done with and older than the cutoff, at most {@code limit}; returns how many. */
    int purge(Connection connection, Instant cutoff, int limit) throws SQLException;
}
