create table client (
    id                  uuid primary key,
    -- Orders lists for cursor paging; never shown.
    seq                 bigint generated always as identity unique,
    version             bigint      not null,
    national_id         text        not null,
    given_name          text        not null,
    family_name         text        not null,
    phone               text,
    email               text,
    health_trust        text,
    nav_office          text        not null,
    treatment_team_id   uuid,
    variant             text        not null,
    working_at_referral boolean     not null,
    referral_note       text,
    referred_at         timestamptz not null,
    referred_by         text        not null,
    referring_agency    text        not null,
    status              text        not null,
    status_changed_on   date        not null,
    enrolled_on         date,
    specialist_id       text,
    discharged_on       date,
    discharge_reason    text
);
-- One active IPS record per person; a discharged person may be referred again.
create unique index client_active_person on client (national_id) where status <> 'DISCHARGED';
create index client_by_health_trust on client (health_trust, seq);
create index client_by_nav_office on client (nav_office, seq);
create index client_by_specialist on client (specialist_id, seq);

create table consent (
    id                  uuid primary key,
    client_id           uuid        not null references client (id),
    direction           text        not null,
    given_at            timestamptz not null,
    given_by            text        not null,
    withdrawn_at        timestamptz,
    withdrawn_by        text
);
-- At most one consent in force per direction.
create unique index consent_in_force on consent (client_id, direction) where withdrawn_at is null;

create table career_profile (
    client_id                  uuid primary key references client (id),
    version                    bigint  not null,
    job_preferences            text,
    preferred_occupation_codes text[]  not null default '{}',
    hours_per_week_wanted      int,
    wants_education            boolean not null default false,
    education_history          text,
    work_history               text,
    disclosure                 text    not null default 'UNDECIDED',
    not_to_share_with_employer text,
    disclosure_date            date
);
