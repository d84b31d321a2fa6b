-- Which organisation coordinates a network: its coordinator sees that network's exact counts.
alter table reported_network add column coordinator_organisation varchar(64);
