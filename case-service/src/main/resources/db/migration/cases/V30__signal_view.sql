-- Signals with their feedback status, for the coordinator's list and the signaller's "my signals". Texts stay
-- sealed here as in the event store (opened on read, absent once the signal's key is erased).
create table signal_view (
    signal_id            uuid         primary key,
    network_id           varchar(64)  not null,
    signaller_role       varchar(40)  not null,
    anonymous            boolean      not null,
    -- The signaller's token subject: pseudonymous, and never shown to the coordinator when anonymous.
    signaller            varchar(255),
    concern_key          varchar(64),
    concern_iv           varchar(32),
    concern_data         text,
    raised_at            timestamptz  not null,
    feedback_due_on      date         not null,
    feedback_overdue_at  timestamptz  not null,
    overdue_recorded     boolean      not null default false,
    feedback_key         varchar(64),
    feedback_iv          varchar(32),
    feedback_data        text,
    feedback_recorded_at timestamptz
);

create index signal_view_network on signal_view (network_id, raised_at);
create index signal_view_signaller on signal_view (signaller, raised_at);
