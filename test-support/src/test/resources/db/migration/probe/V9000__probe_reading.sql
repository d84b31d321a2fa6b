-- The probe's read model: one row per reading, and a log row written before it, so a handler that fails on its
-- second statement shows whether its first one was rolled back.
create table probe_reading (
    reading_id uuid primary key,
    meter_id   uuid not null,
    read_on    date
);

create table probe_reading_log (
    reading_id uuid primary key
);
