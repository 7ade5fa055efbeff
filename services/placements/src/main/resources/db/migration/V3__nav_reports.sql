-- The time specialists logged with each client (from ips.specialists.v1), for the reports to NAV.
create table client_activity (
    activity_id   uuid    not null,
    client_id     uuid    not null,
    specialist_id text    not null,
    performed_on  date    not null,
    kind          text    not null,
    minutes       integer not null,
    primary key (activity_id, client_id)
);
create index client_activity_by_client on client_activity (client_id, performed_on);

-- Reports to the client's NAV counsellor: generated from the recorded data (figures, frozen as JSON), the
-- specialist's free-text sections, and once sent the rendered PDF. The free text never leaves this table but in
-- the report itself.
create table nav_report (
    id              uuid primary key,
    version         bigint      not null,
    client_id       uuid        not null,
    kind            text        not null,
    period_from     date        not null,
    period_to       date        not null,
    status          text        not null,
    figures         text        not null,
    progress        text,
    next_steps      text,
    end_reason      text,
    recommendations text,
    client_informed boolean     not null,
    created_by      text        not null,
    created_at      timestamptz not null,
    sent_by         text,
    sent_at         timestamptz,
    pdf             bytea
);
create index nav_report_by_client on nav_report (client_id, created_at);
