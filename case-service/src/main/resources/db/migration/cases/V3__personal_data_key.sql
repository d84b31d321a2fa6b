-- One data key per data subject (a client, or a signal before it has one), wrapped with the service's master key.
-- An erased subject keeps its row with no key: the record that it was erased, and a bar to sealing anything new.
create table personal_data_key (
    subject     varchar(64) primary key,
    wrapped_key bytea,
    created_at  timestamptz not null,
    erased_at   timestamptz,
    check ((wrapped_key is null) = (erased_at is not null))
);
