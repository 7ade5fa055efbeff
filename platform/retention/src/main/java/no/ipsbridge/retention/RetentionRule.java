package no.ipsbridge.retention;

import java.time.Duration;

/**
 * How long the rows of one platform table are kept, produced as a bean by the module that owns the table; the
 * {@link RetentionSchedule} applies every rule of the service.
 *
 * @param table the table the rule cleans; also the {@code table} label of its metrics
 * @param purge one statement that deletes at most {@code ?2} rows that are done with and older than {@code ?1} (a
 *        timestamp) and answers how many it deleted as a single count
 */
public record RetentionRule(String table, Duration retention, String purge) {
}
