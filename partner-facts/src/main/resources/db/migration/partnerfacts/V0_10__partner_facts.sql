-- partner-facts: a service's own copy of partner-service's facts, to decide on personal data locally (R3, R4).
-- Facts about different subjects arrive on different partitions in any order, so every table stands alone
-- (no foreign keys) with nullable columns for what is not known yet; queries join them. No personal data:
-- people are pseudonymous ids with a kind and an organisation.

create table partner_network (
    network_id                      varchar(64) primary key,
    network_type                    varchar(20),
    municipality_code               varchar(6),
    coordinator_organisation        varchar(64),
    registered_at                   timestamptz,
    informal_representative_id      uuid,
    informal_representative_org     varchar(64),
    representative_appointed_at     timestamptz,
    allowed_legal_bases             text[],
    core_closed                     boolean,
    closed_core_sectors             text[],
    informal_party_rings            text[],
    informal_option_first           boolean,
    minimum_age                     integer,
    maximum_age                     integer,
    neighbourhoods                  text[],
    configured_at                   timestamptz
);

create table partner_organisation (
    organisation_id   varchar(64) primary key,
    kind_of_help      varchar(20),
    kind_of_party     varchar(30),
    organisation_type varchar(60),
    sector            varchar(40),
    municipality_code varchar(6),
    registered_at     timestamptz,
    neighbourhoods    text[],
    area_changed_at   timestamptz
);

-- One row per organisation and network: the latest invitation, join, move or leave.
create table partner_membership (
    network_id      varchar(64) not null,
    organisation_id varchar(64) not null,
    ring            varchar(10) not null,
    invited_at      timestamptz,
    joined_at       timestamptz,
    left_at         timestamptz,
    leave_reason    varchar(40),
    changed_at      timestamptz not null,
    primary key (network_id, organisation_id)
);

-- In force while signed_at is set and ended_at is not; leaving the network ends it too.
create table partner_covenant (
    network_id      varchar(64) not null,
    organisation_id varchar(64) not null,
    signatory_level varchar(20),
    signed_at       timestamptz,
    ended_at        timestamptz,
    ended_by        varchar(20),
    changed_at      timestamptz not null,
    primary key (network_id, organisation_id)
);

-- Informal parties that take part through the network's informal representative, not as members.
create table partner_representation (
    network_id        varchar(64) not null,
    organisation_id   varchar(64) not null,
    representative_id uuid        not null,
    represented_since timestamptz not null,
    primary key (network_id, organisation_id)
);

create table partner_person (
    person_id       uuid primary key,
    kind            varchar(20) not null,
    organisation_id varchar(64),
    registered_at   timestamptz not null
);

create table partner_undertaking (
    person_id  uuid        not null,
    network_id varchar(64) not null,
    signed_at  timestamptz not null,
    primary key (person_id, network_id)
);

create table partner_volunteer_agreement (
    agreement_id    uuid primary key,
    volunteer_id    uuid        not null,
    organisation_id varchar(64),
    tasks           text[],
    available_days  text[],
    starts_on       date,
    ends_on         date,
    capacity_unit   varchar(20),
    capacity        integer,
    coach_id        uuid,
    concluded_at    timestamptz,
    ended_on        date
);

create index partner_volunteer_agreement_by_volunteer on partner_volunteer_agreement (volunteer_id, organisation_id);
