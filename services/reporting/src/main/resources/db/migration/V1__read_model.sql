-- The reporting read model, built only from the services' topics. Ids and facts; no person's identity.

create table r_client (
    client_id           uuid primary key,
    health_trust        text,
    nav_office          text,
    variant             text,
    working_at_referral boolean,
    referred_on         date,
    enrolled_on         date,
    specialist_id       text,
    status              text,
    discharged_on       date
);

create table r_job (
    job_id          uuid primary key,
    client_id       uuid          not null,
    employer_id     uuid          not null,
    started_on      date          not null,
    hours_per_week  numeric(4, 1) not null,
    competitive     boolean       not null,
    occupation_code text,
    ended_on        date,
    end_reason      text
);
create index r_job_by_client on r_job (client_id, started_on);

create table r_education (
    education_id uuid primary key,
    client_id    uuid not null,
    started_on   date not null
);
