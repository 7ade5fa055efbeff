-- Owned by platform/security: a list shown (a caseload, a team's meetings) is one entry naming every client it
-- showed, in client_ids, instead of one row per client; a single access names its client in client_id.
alter table ips_audit alter column client_id drop not null;
alter table ips_audit add column client_ids uuid[];
alter table ips_audit add constraint ips_audit_names_clients check ((client_id is null) <> (client_ids is null));
create index ips_audit_by_listed_client on ips_audit using gin (client_ids);
