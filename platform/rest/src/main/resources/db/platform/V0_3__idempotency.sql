-- Owned by platform/rest: the first answer to each Idempotency-Key, replayed to retries of the same request.
create table ips_idempotency (
    idempotency_key text        not null,
    caller          text        not null,
    request_hash    text        not null,
    status          int,
    location        text,
    etag            text,
    body            text,
    created_at      timestamptz not null default now(),
    primary key (caller, idempotency_key)
);
