-- Network composition from partner events. Events about organisations, networks and agreements arrive on
-- different partitions in any order, so each fact is stored on its own and joined when the report is read.
-- Organisation ids only (organisations are not persons); agreements are counted, their volunteer is not stored.

create table composition_organisation (
    organisation_id   varchar(64) primary key,
    kind_of_help      varchar(20) not null,
    kind_of_party     varchar(30) not null,
    organisation_type varchar(50) not null
);

-- Current ring per member, null once it left. changed_at lets an older event arriving late lose to a newer one.
create table composition_membership (
    network_id      varchar(64) not null,
    organisation_id varchar(64) not null,
    ring            varchar(10),
    changed_at      timestamptz not null,
    primary key (network_id, organisation_id)
);

create index composition_membership_by_organisation on composition_membership (organisation_id)
    where ring is not null;

-- Months are first days of the month in Dutch time.
create table composition_joins (
    network_id varchar(64) not null,
    month      date        not null,
    joins      bigint      not null,
    primary key (network_id, month)
);

create table composition_leaves (
    network_id varchar(64) not null,
    month      date        not null,
    reason     varchar(40) not null,
    leaves     bigint      not null,
    primary key (network_id, month, reason)
);

-- One row per volunteer agreement, filled by whichever of its events arrives; counted only once concluded.
create table composition_agreement (
    agreement_id        uuid primary key,
    organisation_id     varchar(64) not null,
    starts_on           date,
    ends_on             date,
    ended_on            date,
    capacity_unit       varchar(20),
    capacity            integer,
    current_load        integer     not null default 0,
    capacity_changed_at timestamptz, -- when capacity or load last changed
    overload_source     varchar(20),
    overload_changed_at timestamptz
);

create index composition_agreement_by_organisation on composition_agreement (organisation_id);
