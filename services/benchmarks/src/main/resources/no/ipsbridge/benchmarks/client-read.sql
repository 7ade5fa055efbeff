-- A client read as the clients service sends it: the record, its consents (twice), and the access's audit row.
-- The client is drawn from the same clients the HTTP callers read (bench_pick: number -> id, a primary-key lookup).
\set pick random(1, :clients)
select id from bench_pick where n = :pick \gset
BEGIN;
select id, address_protection, discharge_reason, discharged_on, email, enrolled_on, family_name, given_name, health_trust, national_id, nav_counsellor_id, nav_office, phone, referral_note, referred_at, referred_by, referring_agency, seq, shielded, specialist_id, status, status_changed_on, transfer_of, treatment_team_id, variant, version, working_at_referral from client where id = :id;
select id, client_id, direction, given_at, given_by, withdrawn_at, withdrawn_by from consent where client_id = :id and withdrawn_at is null;
insert into ips_audit (at, service, actor, actor_name, actor_agency, actor_org, action, client_id, purpose) values (now(), null, 'pgbench', 'pgbench', 'HEALTH', 'helse-bergen', 'read-client', :id, 'client of the caller''s health trust, referred without a treatment team');
select id, client_id, direction, given_at, given_by, withdrawn_at, withdrawn_by from consent where client_id = :id and withdrawn_at is null;
END;
