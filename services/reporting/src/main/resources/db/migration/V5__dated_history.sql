-- Working fractions as a dated history: the fraction on a day is the latest one from on or before it.
create table r_working_fraction (
    specialist_id    text          not null,
    from_on          date          not null,
    working_fraction numeric(3, 2) not null,
    primary key (specialist_id, from_on)
);
insert into r_working_fraction (specialist_id, from_on, working_fraction)
select specialist_id, registered_on, working_fraction from r_specialist;

-- Who of the staff was at a team meeting (from meeting-held.v2); a specialist among them attended if they were
-- attached to the team on the meeting's day.
create table r_meeting_attendance (
    meeting_id  uuid not null,
    attendee_id text not null,
    primary key (meeting_id, attendee_id)
);

-- The specialists' contacts with NAV counsellors (fidelity item 6).
create table r_nav_contact (
    contact_id    uuid primary key,
    specialist_id text    not null,
    contacted_on  date    not null,
    scheduled     boolean not null,
    face_to_face  boolean not null
);

-- Career profile updates with the day each took effect (from career-profile-updated.v2): items 14 and 16.
create table r_career_profile_update (
    client_id                  uuid   not null,
    updated_on                 date   not null,
    preferred_occupation_codes text[] not null,
    primary key (client_id, updated_on)
);
