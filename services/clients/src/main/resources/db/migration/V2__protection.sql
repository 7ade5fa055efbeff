-- Protection marks: a protected address hides contact data; a shielded client exists only for those assigned.
alter table client add column address_protection text    not null default 'NONE';
alter table client add column shielded           boolean not null default false;
alter table client add column nav_counsellor_id  text;
