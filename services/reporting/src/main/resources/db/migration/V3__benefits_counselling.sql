-- Benefits counselling given, from ips.placements.v1, for fidelity item 12 (work incentives planning).
create table r_benefits_counselling (
    counselling_id uuid primary key,
    client_id      uuid not null,
    given_on       date not null
);
create index r_benefits_counselling_by_client on r_benefits_counselling (client_id, given_on);
