-- The latest benefits counselling per client, from ips.placements.v1: a job start without it in the 90 days
-- before is due on the phone.
alter table known_client add column last_benefits_counselling date;
