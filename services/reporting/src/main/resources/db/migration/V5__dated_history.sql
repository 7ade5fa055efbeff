-- Working fractions as a dated history: the fraction on a day is the latest one from on or before it.
create table r_working_fraction (
    specialist_id    text          not null,
    from_on          date          not null,
    working_fraction numeric(3, 2) not null,
    primary key (specialist_id, from_on)
);
insert into r_working_fraction (specialist_id, from_on, working_fraction)
select specialist_id, registered_on, working_fraction from r_specialist;

-- Which specialists attended a team meeting (from meeting-held.v2).
create table r_meeting_attendance (
    meeting_id    uuid not null,
    specialist_id text not null,
    primary key (meeting_id, specialist_id)
);

-- The specialists' contacts with NAV counsellors (fidelity item 6).
create table r_nav_contact (
    contact_id    uuid primary key,
    specialist_id text    not null,
    contacted_on  date    not null,
    scheduled     boolean not null,
    face_to_face  boolean not null
);
