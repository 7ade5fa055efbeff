-- The roster: employment specialists, each linked to their Keycloak user.
create table specialist (
    id               text primary key,
    version          bigint        not null,
    display_name     text          not null,
    agency           text          not null,
    org              text          not null,
    -- The health trust whose treatment teams the specialist works in; its team leads manage the caseload.
    health_trust     text          not null,
    working_fraction numeric(3, 2) not null,
    active           boolean       not null,
    registered_on    date          not null
);

-- What this service knows of each client, learnt from ips.clients.v1 only.
create table known_client (
    client_id            uuid primary key,
    status               text    not null,
    health_trust         text,
    nav_office           text    not null,
    enrolled_on          date,
    enrolled_by          text,
    status_changed_on    date    not null,
    employed_since       date,
    job_lost_on          date,
    consent_health_to_nav boolean not null default false,
    consent_nav_to_health boolean not null default false
);

-- Who has which client, now and before. One active assignment per client.
create table assignment (
    id              uuid primary key,
    client_id       uuid not null references known_client (client_id),
    specialist_id   text not null references specialist (id),
    assigned_on     date not null,
    released_on     date,
    release_reason  text,
    override_reason text,
    override_by     text
);
create unique index assignment_active_client on assignment (client_id) where released_on is null;
create index assignment_active_by_specialist on assignment (specialist_id) where released_on is null;

-- Time the specialist logged: in the community or the office, meetings with NAV and teams.
create table activity (
    id            uuid primary key,
    specialist_id text    not null references specialist (id),
    on_day        date    not null,
    kind          text    not null,
    minutes       int     not null,
    client_ids    uuid[]  not null default '{}',
    logged_at     timestamptz not null default now()
);
create index activity_by_specialist on activity (specialist_id, on_day);
