-- Which login is which person (PersonAccountLinkedV1), so a service knows the volunteer behind a token (R6).
-- Its own table: a link may arrive before the registration it belongs to, and partner_person needs the kind.
create table partner_person_account (
    person_id  uuid primary key,
    account_id varchar(64) not null,
    linked_at  timestamptz not null
);

create index partner_person_account_by_account on partner_person_account (account_id, linked_at);
