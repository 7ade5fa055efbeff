-- The day the career profile last took effect (an assessment entered late keeps its own day).
alter table career_profile add column updated_on date;
