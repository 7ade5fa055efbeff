-- Every step of a client's IPS path, dated, and who took it: the card's timeline. The client row holds only the
-- present status; a step is written in the same transaction as the change it records.
create table client_path_step (
    id               bigint generated always as identity primary key,
    client_id        uuid        not null references client (id),
    status           text        not null,
    from_status      text,
    on_day           date        not null,
    recorded_at      timestamptz not null,
    -- What made the step (PathCause): REFERRAL, ENROLMENT, STATUS_CHANGE, JOB_STARTED, JOB_ENDED, DISCHARGE, or
    -- BEFORE_HISTORY for a step taken before this table existed.
    cause            text        not null,
    discharge_reason text,
    -- Who took it (the Keycloak subject, username and agency); null when a job recorded in the placements service
    -- moved the client, or when the step was taken before this table existed.
    recorded_by      text,
    recorded_by_name text,
    recorded_by_agency text
);
create index client_path_by_client on client_path_step (client_id, id);

-- Clients referred before the path was kept: their referral (who referred them is known), their enrolment, and the
-- step that brought them to where they are now; the steps in between were not kept.
insert into client_path_step (client_id, status, from_status, on_day, recorded_at, cause, recorded_by,
                              recorded_by_agency)
select id, 'REFERRED', null, (referred_at at time zone 'Europe/Oslo')::date, referred_at, 'REFERRAL', referred_by,
       referring_agency
from client;
insert into client_path_step (client_id, status, from_status, on_day, recorded_at, cause)
select id, 'ENROLLED', 'REFERRED', enrolled_on, enrolled_on::timestamp at time zone 'Europe/Oslo', 'BEFORE_HISTORY'
from client where enrolled_on is not null;
insert into client_path_step (client_id, status, from_status, on_day, recorded_at, cause, discharge_reason)
select id, status, null, status_changed_on, status_changed_on::timestamp at time zone 'Europe/Oslo', 'BEFORE_HISTORY',
       discharge_reason
from client where status not in ('REFERRED', 'ENROLLED');
