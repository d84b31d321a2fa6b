-- Person-free aggregates only: counts per network and network facts.
create table signals_per_network (
    network_id       varchar(64) primary key,
    signals          bigint not null,
    formal_signals   bigint not null,
    informal_signals bigint not null
);

create table reported_network (
    network_id        varchar(64)  primary key,
    name              varchar(120) not null,
    network_type      varchar(20)  not null,
    municipality_code varchar(6)   not null
);
