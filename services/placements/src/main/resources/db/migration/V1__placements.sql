-- Employers, one per organisation number.
create table employer (
    id                  uuid primary key,
    organisation_number text not null unique,
    name                text not null,
    nace_code           text,
    municipality        text,
    registered_by       text not null,
    registered_on       date not null
);

-- Job development: a specialist's contact with an employer, on behalf of zero or more clients.
create table employer_contact (
    id            uuid primary key,
    employer_id   uuid    not null references employer (id),
    specialist_id text    not null,
    contacted_on  date    not null,
    face_to_face  boolean not null,
    purpose       text    not null,
    client_ids    uuid[]  not null
);
create index employer_contact_by_specialist on employer_contact (specialist_id, contacted_on);
create index employer_contact_by_employer on employer_contact (employer_id, contacted_on);

-- Jobs, from start to end; a client may hold several in sequence or at once.
create table job (
    id              uuid primary key,
    version         bigint        not null,
    client_id       uuid          not null,
    employer_id     uuid          not null references employer (id),
    title           text          not null,
    occupation_code text,
    hours_per_week  numeric(4, 1) not null,
    hourly_wage     numeric(8, 2) not null,
    started_on      date          not null,
    competitive     boolean       not null,
    permanent       boolean       not null,
    ended_on        date,
    end_reason      text,
    new_job_search  boolean,
    recorded_by     text          not null
);
create index job_by_client on job (client_id, started_on);

-- Education starts for IPS Ung clients.
create table education_start (
    id          uuid primary key,
    client_id   uuid not null,
    institution text not null,
    programme   text not null,
    started_on  date not null,
    recorded_by text not null
);
create index education_by_client on education_start (client_id);

-- Follow-along support after a job start; time-unlimited by design.
create table follow_along_contact (
    id            uuid primary key,
    client_id     uuid    not null,
    specialist_id text    not null,
    contacted_on  date    not null,
    with_whom     text    not null,
    face_to_face  boolean not null
);
create index follow_along_by_client on follow_along_contact (client_id, contacted_on);

-- What this service knows of each client from ips.clients.v1 and ips.specialists.v1. A caseload event may
-- arrive before the referral, so the referral's facts may still be missing.
create table known_client (
    client_id             uuid primary key,
    status                text,
    health_trust          text,
    nav_office            text,
    variant               text,
    enrolled_by           text,
    serving_specialist    text,
    consent_health_to_nav boolean not null default false,
    consent_nav_to_health boolean not null default false
);
