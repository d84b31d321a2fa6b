-- Casework counted per network, calendar month (Dutch time) and measure, with an optional breakdown (a closure
-- reason, a direction, ...). The empty breakdown holds the measure's total. No case, client, person, signal or
-- organisation id is kept: only counts.
create table casework_count (
    network_id varchar(64) not null,
    month      date        not null,
    measure    varchar(40) not null,
    breakdown  varchar(40) not null,
    count      bigint      not null,
    primary key (network_id, month, measure, breakdown)
);
