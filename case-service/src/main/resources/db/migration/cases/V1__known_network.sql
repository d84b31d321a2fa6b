-- Networks replicated from partner-service's NetworkRegistered events.
create table known_network (
    network_id        varchar(64) primary key,
    network_type      varchar(20) not null,
    municipality_code varchar(6)  not null,
    registered_at     timestamptz not null
);
