-- Axon's JDBC dead-letter queue (JdbcSequencedDeadLetterQueue, default DeadLetterSchema): one table for every
-- processing group of the service. An event its handler cannot apply is parked here with the events after it in
-- the same sequence (aggregate), while the processor goes on with every other sequence. Columns follow Axon's
-- GenericDeadLetterTableFactory with bytea for serialised data (Jackson, as in the event store); timestamps are
-- Axon's ISO-8601 strings.
create table deadletterentry (
    deadletteridentifier varchar(255)  not null,
    processinggroup      varchar(255)  not null,
    sequenceidentifier   varchar(255)  not null,
    sequenceindex        bigint        not null,
    messagetype          varchar(255)  not null,
    eventidentifier      varchar(255)  not null,
    timestamp            varchar(255)  not null,
    payloadtype          varchar(255)  not null,
    payloadrevision      varchar(255),
    payload              bytea         not null,
    metadata             bytea,
    type                 varchar(255),
    aggregateidentifier  varchar(255),
    sequencenumber       bigint,
    tokentype            varchar(255),
    token                bytea,
    enqueuedat           varchar(255)  not null,
    lasttouched          varchar(255),
    processingstarted    varchar(255),
    causetype            varchar(255),
    causemessage         varchar(1023),
    diagnostics          bytea,
    primary key (deadletteridentifier),
    -- Its index also serves Axon's lookups by group and by group and sequence (Axon adds two more that this covers).
    unique (processinggroup, sequenceidentifier, sequenceindex)
);
