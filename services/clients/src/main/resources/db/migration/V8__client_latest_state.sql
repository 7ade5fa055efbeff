-- Each client's current state as its events make it: the last record this service put on the compacted
-- ips.client-state.v1, kept to fold the next event onto (ADR 33).
create table client_latest_state (
    client_id uuid  primary key,
    state     jsonb not null
);
