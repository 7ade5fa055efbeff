-- Owned by platform/security: clients' protection marks as the clients service last published them
-- (ips.protection.v1), in every service that follows them. Only marked clients have a row.
create table ips_protection (
    client_id          uuid primary key,
    address_protection text        not null,
    shielded           boolean     not null,
    nav_counsellor_id  text,
    changed_at         timestamptz not null
);
