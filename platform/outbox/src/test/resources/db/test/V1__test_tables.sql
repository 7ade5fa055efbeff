create table test_change (id uuid primary key);
create table test_projection (client_id uuid primary key, times_applied int not null, enrolled_on date);
