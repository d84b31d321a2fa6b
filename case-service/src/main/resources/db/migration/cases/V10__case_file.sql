-- Cases as the case team reads them (casefile.CaseView). Client details, analyses, action descriptions and goals
-- are stored sealed (jsonb of the vault's ciphertext, under the client's key) exactly as in the event store, so
-- erasing a client erases them here too. Parties are (kind, id): an organisation id or an informal helper's
-- person id.
create table case_file (
    case_id                   uuid primary key,
    network_id                varchar(64) not null,
    client_id                 uuid        not null,
    signal_id                 uuid,
    client_known_to_services  boolean     not null,
    problem_domains           text[]      not null,
    acute                     boolean     not null,
    presentation              varchar(20) not null,
    legal_basis               varchar(40) not null,
    lead_kind                 varchar(20) not null,
    lead_id                   varchar(64) not null,
    opened_at                 timestamptz not null,
    informal_option           varchar(40),
    formal_help_reason        varchar(40),
    informal_option_mandatory boolean,
    last_review_outcome       varchar(20),
    next_review_on            date,
    aftercare_helper_kind     varchar(20),
    aftercare_helper_id       varchar(64),
    aftercare_review_on       date,
    closed_at                 timestamptz,
    closure_reason            varchar(40),
    closure_outcome           varchar(20),
    follow_up_review_on       date,
    follow_up_outcome         varchar(20),
    followed_up_at            timestamptz
);

create index case_file_by_network on case_file (network_id);

create table case_client (
    case_id        uuid        not null,
    client_id      uuid        not null,
    primary_client boolean     not null,
    details        jsonb       not null,
    added_at       timestamptz not null,
    primary key (case_id, client_id)
);

create table case_team_member (
    case_id    uuid        not null,
    party_kind varchar(20) not null,
    party_id   varchar(64) not null,
    added_at   timestamptz not null,
    primary key (case_id, party_kind, party_id)
);

create index case_team_member_by_party on case_team_member (party_kind, party_id);

create table case_conference (
    case_id       uuid        not null,
    conference_id uuid        not null,
    conference_on date        not null,
    tabled_at     timestamptz not null,
    analysis      jsonb,
    analysed_at   timestamptz,
    primary key (case_id, conference_id)
);

create table case_action (
    action_id     uuid primary key,
    case_id       uuid        not null,
    description   jsonb       not null,
    owner_kind    varchar(20) not null,
    owner_id      varchar(64) not null,
    due_on        date        not null,
    conference_id uuid,
    status        varchar(20) not null,
    agreed_at     timestamptz not null,
    reviewed_at   timestamptz
);

create index case_action_by_case on case_action (case_id);
create index case_action_by_owner on case_action (owner_kind, owner_id);

-- Keyed by the event's sequence number in the case's stream, so a replay rewrites the same rows.
create table case_bilateral_handling (
    case_id           uuid        not null,
    sequence_number   bigint      not null,
    first_party_kind  varchar(20) not null,
    first_party_id    varchar(64) not null,
    second_party_kind varchar(20) not null,
    second_party_id   varchar(64) not null,
    recorded_at       timestamptz not null,
    primary key (case_id, sequence_number)
);

create table case_informal_help (
    deployment_id uuid primary key,
    case_id       uuid        not null,
    helper_kind   varchar(20) not null,
    helper_id     varchar(64) not null,
    mode          varchar(20) not null,
    kind          varchar(20) not null,
    duration      varchar(20) not null,
    deployed_at   timestamptz not null
);

create index case_informal_help_by_case on case_informal_help (case_id);

create table case_plan_goal (
    goal_id uuid primary key,
    case_id uuid        not null,
    goal    jsonb       not null,
    set_at  timestamptz not null
);

create index case_plan_goal_by_case on case_plan_goal (case_id);

create table case_progress_review (
    case_id         uuid        not null,
    sequence_number bigint      not null,
    outcome         varchar(20) not null,
    next_review_on  date,
    reviewed_at     timestamptz not null,
    primary key (case_id, sequence_number)
);
