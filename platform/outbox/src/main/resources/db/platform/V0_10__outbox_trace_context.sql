-- The W3C traceparent of the change that wrote the event, so that its trace goes on across Kafka (ADR 34); null
-- when the change was not traced.
alter table ips_outbox add column trace_parent text;
