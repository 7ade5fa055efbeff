-- Owned by platform/security: which service an access happened in; null for this service's own accesses.
alter table ips_audit add column service text;
