-- Owned by platform/security: who read or changed which client's data, when and why.
create table ips_audit (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default now(),
    actor         text        not null,
    actor_name    text,
    actor_agency  text,
    actor_org     text,
    action        text        not null,
    client_id     uuid        not null,
    purpose       text        not null
);
create index ips_audit_by_client on ips_audit (client_id, id);
