-- Owned by platform/outbox; every service that publishes or consumes events applies it with its own migrations.

-- Events written in the same transaction as the change they describe, published by the relay in id order.
create table ips_outbox (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    event_key     text        not null,
    ce_type       text        not null,
    ce_source     text        not null,
    occurred_at   timestamptz not null,
    data          bytea       not null,
    published_at  timestamptz
);
create index ips_outbox_pending on ips_outbox (id) where published_at is null;

-- Events a consumer has handled (or dead-lettered), written in the transaction of the handling itself.
create table ips_inbox (
    consumer      text        not null,
    event_id      text        not null,
    topic         text        not null,
    handled_at    timestamptz not null default now(),
    dead_lettered boolean     not null default false,
    primary key (consumer, event_id)
);
