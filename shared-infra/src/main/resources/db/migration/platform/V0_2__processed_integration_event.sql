-- Idempotent Kafka consumers: an event id is recorded in the same transaction as its effect.
create table processed_integration_event (
    consumer     varchar(100) not null,
    event_id     varchar(255) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
