package no.ipsbridge.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.ipsbridge.retention.RetentionRule;

/** How long this module's tables keep their rows (docs/reliability.md, ADR 20). */
@ApplicationScoped
class OutboxRetention {

    /** Published events are on their topic for good; the row is kept a while only to trace a publication. */
    @Produces
    @Singleton
    RetentionRule publishedEvents(@ConfigProperty(name = "ips.retention.outbox", defaultValue = "7d") Duration retention) {
        return new RetentionRule("ips_outbox", retention, """
                with gone as (
                    delete from ips_outbox where id in (
                        select id from ips_outbox where published_at < ? order by published_at limit ?)
                    returning 1)
                select count(*) from gone""");
    }

    /**
     * Handled events: the statement that deletes the rows also raises each partition's floor to the highest offset
     * deleted, so a redelivery of an old record is still recognised (see {@link Inbox}). Rows written before the
     * inbox kept offsets have no floor to leave behind, so they are kept.
     */
    @Produces
    @Singleton
    RetentionRule handledEvents(@ConfigProperty(name = "ips.retention.inbox", defaultValue = "30d") Duration retention) {
        return new RetentionRule("ips_inbox", retention, """
                with gone as (
                    delete from ips_inbox where (consumer, event_id) in (
                        select consumer, event_id from ips_inbox
                        where handled_at < ? and kafka_offset is not null order by handled_at limit ?)
                    returning consumer, topic, kafka_partition, kafka_offset),
                floors as (
                    insert into ips_inbox_floor (consumer, topic, kafka_partition, handled_through)
                    select consumer, topic, kafka_partition, max(kafka_offset) from gone
                    group by consumer, topic, kafka_partition
                    on conflict (consumer, topic, kafka_partition) do update
                    set handled_through = greatest(ips_inbox_floor.handled_through, excluded.handled_through))
                select count(*) from gone""");
    }
}
