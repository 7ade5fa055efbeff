-- Work-incentive (benefits) counselling given to a client: when, by whom, which topics. What was said stays with
-- whoever said it (in NAV's own records), so there is no free text here.
create table benefits_counselling (
    id             uuid primary key,
    client_id      uuid   not null,
    recorded_by    text   not null,
    given_on       date   not null,
    given_by       text   not null,
    topics         text[] not null,
    next_review_on date
);
create index benefits_counselling_by_client on benefits_counselling (client_id, given_on);
