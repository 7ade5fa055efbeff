-- Changes of hours or pay, from ips.placements.v1, for fidelity item 12: counselling is due before each.
create table r_job_change (
    change_id  uuid primary key,
    client_id  uuid not null,
    changed_on date not null
);
create index r_job_change_by_client on r_job_change (client_id, changed_on);
