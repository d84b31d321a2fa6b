-- Volunteer agreements. The limits are a volunteer's own words: personal data that never leaves partner-service.
create table volunteer_agreement (
    agreement_id    uuid          primary key,
    volunteer_id    uuid          not null,
    organisation_id varchar(64)   not null,
    tasks           varchar(32)[] not null,
    limits          varchar(500)  not null,
    available_days  varchar(9)[]  not null,
    starts_on       date          not null,
    ends_on         date          not null,
    capacity_unit   varchar(20)   not null,
    capacity        integer       not null,
    load            integer       not null default 0,
    overload_source varchar(20),
    coach_id        uuid,
    ended_on        date,
    concluded_at    timestamptz   not null
);

create index volunteer_agreement_organisation on volunteer_agreement (organisation_id);
create index volunteer_agreement_volunteer on volunteer_agreement (volunteer_id);

create table volunteer_training (
    agreement_id uuid         not null,
    training     varchar(120) not null,
    completed_on date         not null,
    primary key (agreement_id, training, completed_on)
);
