package no.ipsbridge.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ips.retention.schedule")
public interface RetentionConfig {

    /** How often old rows are deleted; the tables' sizes are read every minute. */
    @WithDefault("1h")
    Duration interval();

    /** Rows deleted per transaction, so that a first clean-up of a large table does not hold long locks. */
    @WithDefault("5000")
    int batchSize();
}
