-- Treatment teams of the health trusts.
create table team (
    id           uuid primary key,
    version      bigint not null,
    health_trust text   not null,
    name         text   not null,
    kind         text   not null,
    created_on   date   not null
);
create unique index team_name_in_trust on team (health_trust, lower(name));

-- Clinicians in a team, over time.
create table clinician_membership (
    id           uuid primary key,
    team_id      uuid not null references team (id),
    clinician_id text not null,
    joined_on    date not null,
    left_on      date
);
create unique index clinician_in_team on clinician_membership (team_id, clinician_id) where left_on is null;

-- Employment specialists attached to a team, over time; at most two teams at once each.
create table specialist_attachment (
    id            uuid primary key,
    team_id       uuid not null references team (id),
    specialist_id text not null,
    attached_on   date not null,
    detached_on   date
);
create unique index specialist_in_team on specialist_attachment (team_id, specialist_id) where detached_on is null;
create index specialist_attachments on specialist_attachment (specialist_id) where detached_on is null;

-- Team meetings: who attended and which clients (ids only) were discussed.
create table meeting (
    id                   uuid primary key,
    team_id              uuid    not null references team (id),
    held_on              date    not null,
    attendee_ids         text[]  not null,
    specialist_attended  boolean not null,
    client_ids_discussed uuid[]  not null
);
create index meeting_by_team on meeting (team_id, held_on);

-- Referrals that named a team, learnt from ips.clients.v1.
create table team_referral (
    client_id    uuid primary key,
    team_id      uuid not null,
    referred_on  date not null
);
create index team_referral_by_team on team_referral (team_id, referred_on);
