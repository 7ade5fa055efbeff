-- Changes of hours or pay in an ongoing job: IPS asks for benefits counselling again at each.
create table job_change (
    id           uuid primary key,
    job_id       uuid          not null references job (id),
    client_id    uuid          not null,
    changed_on   date          not null,
    hours_before numeric(4, 1) not null,
    hours_after  numeric(4, 1) not null,
    wage_before  numeric(8, 2) not null,
    wage_after   numeric(8, 2) not null,
    recorded_by  text          not null
);
create index job_change_by_client on job_change (client_id, changed_on);
