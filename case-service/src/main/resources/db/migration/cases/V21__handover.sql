-- Handovers of a case lead or a task, from the Handover aggregate's events. The feedback text is kept sealed
-- with the vault (key id, nonce, ciphertext) and opened on read, so erasing its data subject erases it here too.
create table handover (
    handover_id           uuid primary key,
    case_id               uuid        not null,
    network_id            varchar(64) not null,
    handed_over           varchar(20) not null,
    action_id             uuid,
    from_kind             varchar(20) not null,
    from_id               varchar(64) not null,
    to_kind               varchar(20) not null,
    to_id                 varchar(64) not null,
    receiving_organisation varchar(64) not null,
    direction             varchar(30) not null,
    backstop_id           uuid,
    legal_basis           varchar(40) not null,
    consent_id            uuid,
    status                varchar(20) not null,
    decline_reason        varchar(40),
    accept_due_on         date        not null,
    initiated_at          timestamptz not null,
    answered_at           timestamptz,
    feedback_key_id       varchar(64),
    feedback_iv           varchar(32),
    feedback_data         text,
    feedback_returned_at  timestamptz
);

create index handover_by_case on handover (case_id);
create index handover_by_receiver on handover (receiving_organisation);
