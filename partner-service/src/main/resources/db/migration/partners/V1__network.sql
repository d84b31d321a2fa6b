create table network (
    network_id               varchar(64)  primary key,
    name                     varchar(120) not null,
    network_type             varchar(20)  not null,
    municipality_code        varchar(6)   not null,
    coordinator_organisation varchar(64)  not null,
    registered_at            timestamptz  not null
);
