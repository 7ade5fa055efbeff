-- Owned by platform/outbox: published outbox rows and handled inbox rows are deleted after their retention
-- (docs/reliability.md). Applied out of order on databases of earlier releases (ADR 8).
create index ips_outbox_published on ips_outbox (published_at) where published_at is not null;

-- Where on its partition each handled event was, so that a deleted inbox row still stops a redelivery: a consumer
-- handles a partition in offset order, so every offset up to a deleted row's was handled too.
alter table ips_inbox add column kafka_partition int, add column kafka_offset bigint;
create index ips_inbox_handled on ips_inbox (handled_at) where kafka_offset is not null;

create table ips_inbox_floor (
    consumer        text   not null,
    topic           text   not null,
    kafka_partition int    not null,
    handled_through bigint not null,
    primary key (consumer, topic, kafka_partition)
);
