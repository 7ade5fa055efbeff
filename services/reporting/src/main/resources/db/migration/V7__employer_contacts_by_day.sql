-- The fidelity report asks for a year's employer contacts; without an index by day PostgreSQL read a region's
-- 722,000 contacts in key order to find 72,000 of them (1.6 s of a 9 s report, issue 15).
create index r_employer_contact_by_day on r_employer_contact (contacted_on);
