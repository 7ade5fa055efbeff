-- The latest change of hours or pay per client, from ips.placements.v1: without benefits counselling in the 90 days
-- before, it is due on the phone.
alter table known_client add column last_job_change date;
