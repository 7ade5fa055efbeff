-- Learnt from ips.placements.v1, for what is due on the specialist's phone.
alter table known_client add column last_employer_contact date;
alter table known_client add column last_follow_along_contact date;
