-- Referrals of cases to organisations and networks, from the Referral aggregate's events. No personal data:
-- the case is named by its pseudonymous id.
create table referral (
    referral_id       uuid primary key,
    case_id           uuid        not null,
    network_id        varchar(64) not null,
    from_organisation varchar(64) not null,
    target            varchar(20) not null,
    target_id         varchar(64) not null,
    self_help_group   boolean     not null,
    direction         varchar(30) not null,
    legal_basis       varchar(40) not null,
    consent_id        uuid,
    status            varchar(20) not null,
    decline_reason    varchar(40),
    answer_due_on     date,
    made_at           timestamptz not null,
    answered_at       timestamptz,
    completed_at      timestamptz
);

create index referral_by_case on referral (case_id);
create index referral_by_target on referral (target, target_id);
