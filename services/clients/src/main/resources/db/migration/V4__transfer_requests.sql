-- A referral of a person who is in IPS with a unit the referrer cannot see is created as any referral (so the answer
-- does not tell the referrer the person is known) and tied to the record that serves the person until that unit
-- resolves the transfer request (ADR 21). Only records that are no such referral are unique per person.
alter table client add column transfer_of uuid references client (id);
drop index client_active_person;
create unique index client_active_person on client (national_id) where status <> 'DISCHARGED' and transfer_of is null;

create table transfer_request (
    id                      uuid primary key,
    -- The record that serves the person, whose unit resolves the request.
    client_id               uuid        not null references client (id),
    -- The record the referral created.
    referral_id             uuid        not null unique references client (id),
    requesting_health_trust text        not null,
    requested_at            timestamptz not null,
    outcome                 text,
    resolved_on             date,
    resolved_by             text
);
create index transfer_request_by_client on transfer_request (client_id, requested_at);
