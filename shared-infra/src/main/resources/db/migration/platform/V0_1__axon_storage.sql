-- Axon's JDBC event store, token store and saga store on PostgreSQL (table and column names are
-- Axon's defaults, unquoted, so PostgreSQL folds them to lower case). Payloads are bytea, and
-- global_index comes from a plain sequence with increment 1, so tracking processors see no
-- allocation gaps between instances.

create table domainevententry (
    globalindex         bigserial    not null,
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255),
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (globalindex),
    unique (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);

create table sagaentry (
    sagaid         varchar(255) not null,
    revision       varchar(255),
    sagatype       varchar(255),
    serializedsaga bytea,
    primary key (sagaid)
);

create table associationvalueentry (
    id               bigserial not null,
    associationkey   varchar(255),
    associationvalue varchar(255),
    sagaid           varchar(255),
    sagatype         varchar(255),
    primary key (id)
);

create index associationvalueentry_lookup on associationvalueentry (sagatype, associationkey, associationvalue);
create index associationvalueentry_saga on associationvalueentry (sagaid, sagatype);
