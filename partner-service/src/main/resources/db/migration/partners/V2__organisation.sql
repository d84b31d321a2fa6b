create table organisation (
    organisation_id   varchar(64)  primary key,
    name              varchar(120) not null,
    kind_of_help      varchar(20)  not null,
    kind_of_party     varchar(30)  not null,
    organisation_type varchar(40)  not null,
    sector            varchar(40)  not null,
    municipality_code varchar(6)   not null,
    registered_at     timestamptz  not null
);

create index organisation_sector on organisation (sector);

-- CBS wijkcodes (WK + 6 digits) and buurtcodes (BU + 8 digits) an organisation serves.
create table organisation_neighbourhood (
    organisation_id   varchar(64) not null references organisation (organisation_id),
    neighbourhood_code varchar(10) not null,
    primary key (organisation_id, neighbourhood_code)
);

create index organisation_neighbourhood_code on organisation_neighbourhood (neighbourhood_code);
