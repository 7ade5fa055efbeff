-- A referral's transaction as the clients service sends it (captured with log_statement = all), in its order.
\set person random(1000000000, 9999999999)
-- pgbench draws no UUIDs itself: one round trip more than the service makes, which lowers the ceiling a little.
select gen_random_uuid() as client_id \gset
BEGIN;
insert into ips_idempotency (idempotency_key, caller, request_hash) values (:client_id, 'pgbench', md5(random()::text)) on conflict do nothing;
select id, address_protection, discharge_reason, discharged_on, email, enrolled_on, family_name, given_name, health_trust, national_id, nav_counsellor_id, nav_office, phone, referral_note, referred_at, referred_by, referring_agency, seq, shielded, specialist_id, status, status_changed_on, transfer_of, treatment_team_id, variant, version, working_at_referral from client where national_id = '9' || cast(:person as text) and status <> 'DISCHARGED' order by referred_at;
insert into client (address_protection, discharge_reason, discharged_on, email, enrolled_on, family_name, given_name, health_trust, national_id, nav_counsellor_id, nav_office, phone, referral_note, referred_at, referred_by, referring_agency, shielded, specialist_id, status, status_changed_on, transfer_of, treatment_team_id, variant, version, working_at_referral, id) values ('NONE', null, null, null, null, 'Bench', 'Mark', 'helse-bergen', '9' || cast(:person as text), null, 'nav-bergen', null, null, now(), 'pgbench', 'HEALTH', false, null, 'REFERRED', current_date, null, null, 'IPS', 0, false, :client_id) returning seq;
insert into ips_audit (at, service, actor, actor_name, actor_agency, actor_org, action, client_id, purpose) values (now(), null, 'pgbench', 'pgbench', 'HEALTH', 'helse-bergen', 'refer', :client_id, 'referral from a health trust');
insert into ips_outbox (event_id, topic, event_key, ce_type, ce_source, occurred_at, data) values (gen_random_uuid(), 'ips.clients.v1', :client_id, 'no.ipsbridge.client.referred.v1', '/ips-bridge/clients', now(), convert_to(repeat('x', 320), 'UTF8'));
select id, client_id, direction, given_at, given_by, withdrawn_at, withdrawn_by from consent where client_id = :client_id and withdrawn_at is null;
update ips_idempotency set status = 201, location = '/api/clients/' || cast(:client_id as text), etag = '"0"', body = repeat('x', 600) where idempotency_key = :client_id and caller = 'pgbench';
insert into career_profile (disclosure, disclosure_date, education_history, hours_per_week_wanted, job_preferences, not_to_share_with_employer, preferred_occupation_codes, updated_on, version, wants_education, work_history, client_id) values ('UNDECIDED', null, null, null, null, null, '{}', null, 0, false, null, :client_id);
END;
