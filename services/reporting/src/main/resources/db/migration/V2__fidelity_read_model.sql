-- What the fidelity items need from the streams: the roster, caseload spells, time, employer and follow-along
-- contacts, treatment teams with their attachments and meetings. Ids, dates and counts; no person's identity.

alter table r_client add column treatment_team_id uuid;
alter table r_client add column enrolled_by text;
alter table r_job add column permanent boolean not null default false;

create table r_specialist (
    specialist_id    text primary key,
    agency           text          not null,
    org              text          not null,
    working_fraction numeric(3, 2) not null,
    registered_on    date          not null
);

-- One row per stay of a client on a specialist's caseload; to_on is null while they are still on it.
create table r_caseload_spell (
    id            bigserial primary key,
    client_id     uuid not null,
    specialist_id text not null,
    from_on       date not null,
    to_on         date
);
create index r_caseload_spell_by_client on r_caseload_spell (client_id) where to_on is null;

create table r_activity (
    activity_id   uuid primary key,
    specialist_id text    not null,
    on_day        date    not null,
    kind          text    not null,
    minutes       integer not null
);

create table r_employer_contact (
    contact_id    uuid primary key,
    specialist_id text    not null,
    contacted_on  date    not null,
    face_to_face  boolean not null
);

create table r_employer_contact_client (
    contact_id uuid not null references r_employer_contact on delete cascade,
    client_id  uuid not null,
    primary key (contact_id, client_id)
);

create table r_follow_along (
    contact_id    uuid primary key,
    client_id     uuid    not null,
    contacted_on  date    not null,
    with_whom     text    not null,
    face_to_face  boolean not null
);

create table r_team (
    team_id      uuid primary key,
    health_trust text not null,
    name         text not null
);

create table r_team_attachment (
    id            bigserial primary key,
    team_id       uuid not null,
    specialist_id text not null,
    from_on       date not null,
    to_on         date
);

create table r_team_meeting (
    meeting_id          uuid primary key,
    team_id             uuid    not null,
    held_on             date    not null,
    specialist_attended boolean not null
);

-- Fidelity reviews are the reviewers' own records, not part of the rebuildable read model.
create table fidelity_review (
    review_id   uuid primary key,
    unit        text        not null,
    quarter     text        not null,
    reviewed_on date        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index fidelity_review_by_unit on fidelity_review (unit, reviewed_on desc);

create table fidelity_review_item (
    id             bigserial primary key,
    review_id      uuid     not null references fidelity_review on delete cascade,
    item           smallint not null,
    origin         text     not null,
    proposed_score smallint,
    final_score    smallint,
    reason         text,
    unique (review_id, item)
);
