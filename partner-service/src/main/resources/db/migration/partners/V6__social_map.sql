-- The social map (sociale kaart). It holds no personal data and no member data: a self-help group's
-- services are rows like any other, and no table here has a column for a person.

-- The facts of each offering organisation the map shows, fed by OrganisationRegistered in the same
-- processor as the services, so an entry never waits for another read model to catch up.
create table social_map_organisation (
    organisation_id varchar(64)  primary key,
    name            varchar(120) not null,
    sector          varchar(40)  not null,
    kind_of_party   varchar(30)  not null
);

create table social_map_service (
    service_id      varchar(64)  primary key,
    organisation_id varchar(64)  not null,
    name            varchar(120) not null,
    description     varchar(500) not null,
    kind_of_help    varchar(20)  not null,
    capacity        integer check (capacity >= 1),
    how_to_reach    varchar(500) not null,
    offered_at      timestamptz  not null,
    changed_at      timestamptz,
    withdrawn_at    timestamptz
);

create index social_map_service_organisation on social_map_service (organisation_id);

create table social_map_service_need (
    service_id varchar(64) not null references social_map_service (service_id),
    need       varchar(40) not null,
    primary key (service_id, need)
);

create index social_map_service_need_need on social_map_service_need (need);

-- CBS wijkcodes (WK + 6 digits) and buurtcodes (BU + 8 digits) where a service is offered.
create table social_map_service_neighbourhood (
    service_id         varchar(64) not null references social_map_service (service_id),
    neighbourhood_code varchar(10) not null,
    primary key (service_id, neighbourhood_code)
);

create index social_map_service_neighbourhood_code on social_map_service_neighbourhood (neighbourhood_code);
