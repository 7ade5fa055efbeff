-- Owned by platform/rest: idempotency keys are deleted after their retention (docs/reliability.md). Applied out
-- of order on databases of earlier releases (ADR 8).
create index ips_idempotency_created on ips_idempotency (created_at);
