package no.ipsbridge.rest;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.ipsbridge.retention.RetentionRule;

/**
 * An idempotency key protects a retry for as long as a phone may hold it in its offline queue; after that the key
 * may be forgotten, and a request that reuses it runs as a new one.
 */
@ApplicationScoped
class IdempotencyRetention {

    @Produces
    @Singleton
    RetentionRule idempotencyKeys(@ConfigProperty(name = "ips.retention.idempotency", defaultValue = "7d")
            Duration retention) {
        return new RetentionRule("ips_idempotency", retention, """
                with gone as (
                    delete from ips_idempotency where (caller, idempotency_key) in (
                        select caller, idempotency_key from ips_idempotency where created_at < ?
                        order by created_at limit ?)
                    returning 1)
                select count(*) from gone""");
    }
}
