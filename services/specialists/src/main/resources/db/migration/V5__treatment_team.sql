-- The treatment team that referred the client (from the referral): a clinician sees the clients their teams referred.
alter table known_client add column treatment_team_id uuid;
