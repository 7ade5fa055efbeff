-- A referral looks the person up by national id among the active records. The unique index on that is partial
-- (status <> 'DISCHARGED'), and a prepared statement's generic plan, which PostgreSQL uses after five executions,
-- cannot match a partial index to a parameter: it scanned the whole table on every referral (issue 15's profile).
create index client_by_national_id on client (national_id);
