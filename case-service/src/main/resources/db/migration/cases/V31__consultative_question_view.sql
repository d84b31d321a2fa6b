-- Consultative questions and their advice. No asker: only the hash of the retrieval token they were given.
-- Texts stay sealed as in the event store and are opened on read.
create table consultative_question_view (
    question_id          uuid         primary key,
    network_id           varchar(64)  not null,
    problem_domains      text[]       not null,
    severity             varchar(20)  not null,
    question_key         varchar(64)  not null,
    question_iv          varchar(32)  not null,
    question_data        text         not null,
    retrieval_token_hash char(64)     not null,
    asked_at             timestamptz  not null,
    advice_severity      varchar(20),
    case_advised         boolean,
    advice_key           varchar(64),
    advice_iv            varchar(32),
    advice_data          text,
    advice_given_at      timestamptz
);

create index consultative_question_view_network on consultative_question_view (network_id, asked_at);
