-- People in the networks. Names and contact details are personal data: they never leave partner-service.
create table person (
    person_id       uuid         primary key,
    kind            varchar(20)  not null,
    organisation_id varchar(64),
    name            varchar(120) not null,
    email           varchar(320),
    phone           varchar(20),
    account_id      varchar(64),
    registered_at   timestamptz  not null
);

create index person_organisation on person (organisation_id);
-- Not unique: a read model must accept every stored event, and the first registration of an account wins.
create index person_account on person (account_id) where account_id is not null;

-- Confidentiality undertakings an informal helper signed, one per network (R3).
create table person_undertaking (
    person_id  uuid        not null,
    network_id varchar(64) not null,
    signed_at  timestamptz not null,
    primary key (person_id, network_id)
);
