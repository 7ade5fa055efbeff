-- A specialist's working fraction as a dated history: a 60 % post that became 100 % counts as 60 % before that day.
create table working_fraction (
    id               uuid primary key,
    specialist_id    varchar(64)   not null references specialist (id),
    working_fraction numeric(3, 2) not null,
    effective_on     date          not null,
    recorded_by      varchar(64)   not null,
    recorded_at      timestamptz   not null,
    unique (specialist_id, effective_on)
);
insert into working_fraction (id, specialist_id, working_fraction, effective_on, recorded_by, recorded_at)
select gen_random_uuid(), id, working_fraction, registered_on, 'migration', now() from specialist;

-- The specialist's contacts with NAV counsellors about shared clients and referrals (fidelity item 6).
create table nav_contact (
    id            uuid primary key,
    specialist_id varchar(64) not null,
    contacted_on  date        not null,
    scheduled     boolean     not null,
    face_to_face  boolean     not null,
    client_ids    uuid[]      not null,
    recorded_at   timestamptz not null
);
create index nav_contact_by_specialist on nav_contact (specialist_id, contacted_on);
