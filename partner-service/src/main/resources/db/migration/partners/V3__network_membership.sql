-- A network's configuration (each NetworkConfigured replaces it whole) and its informal representative.
alter table network
    add column allowed_legal_bases   text[]       not null default '{}',
    add column core_closed           boolean      not null default false,
    add column closed_core_sectors   text[]       not null default '{}',
    add column informal_party_rings  text[]       not null default '{}',
    add column informal_option_first boolean      not null default false,
    add column minimum_age           smallint,
    add column maximum_age           smallint,
    add column neighbourhoods        text[]       not null default '{}',
    add column inclusion_description varchar(500),
    add column configured_at         timestamptz,
    add column representative_id           uuid,
    add column representative_organisation varchar(64),
    add column representative_appointed_at timestamptz;

-- Invitations not yet taken up; a join removes the row.
create table network_invitation (
    network_id      varchar(64) not null references network (network_id),
    organisation_id varchar(64) not null,
    ring            varchar(10) not null,
    invited_at      timestamptz not null,
    primary key (network_id, organisation_id)
);

-- Current members; leaving removes the row and with it the covenant signature.
create table network_member (
    network_id          varchar(64) not null references network (network_id),
    organisation_id     varchar(64) not null,
    ring                varchar(10) not null,
    joined_at           timestamptz not null,
    covenant_level      varchar(20),
    covenant_signed_at  timestamptz,
    primary key (network_id, organisation_id)
);

create index network_member_organisation on network_member (organisation_id);

-- Informal parties taking part through the informal representative.
create table network_represented_party (
    network_id        varchar(64) not null references network (network_id),
    organisation_id   varchar(64) not null,
    representative_id uuid        not null,
    represented_since timestamptz not null,
    primary key (network_id, organisation_id)
);
