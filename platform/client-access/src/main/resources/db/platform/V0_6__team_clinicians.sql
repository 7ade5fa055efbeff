-- Owned by platform/security: which clinicians are in which treatment team now (ips.teams.v1), in every service
-- that decides whether a clinician treats a client.
create table ips_team_clinician (
    team_id      uuid not null,
    clinician_id text not null,
    primary key (team_id, clinician_id)
);
