-- congress: the Workers' Congress (职工代表大会) — its terms (届), meetings (次会议), delegations (代表团) and delegates.
create table congress_term (
    id              bigserial primary key,
    ordinal         integer      not null unique check (ordinal > 0),
    name            varchar(100) not null,
    starts_on       date         not null,
    ends_on         date         not null,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    check (ends_on > starts_on)
);

create table congress_meeting (
    id                  bigserial primary key,
    term_id             bigint       not null references congress_term (id),
    ordinal             integer      not null check (ordinal > 0),
    name                varchar(100) not null,
    starts_on           date         not null,
    ends_on             date         not null,
    main_venue          varchar(200),
    -- Proposals (提案) are collected in a window before the meeting.
    proposals_open_on   date,
    proposals_close_on  date,
    state               varchar(20)  not null default 'PLANNED' check (state in ('PLANNED', 'IN_SESSION', 'CLOSED')),
    created_at          timestamptz  not null default now(),
    version             integer      not null default 0,
    unique (term_id, ordinal),
    check (ends_on >= starts_on),
    check (proposals_close_on is null or proposals_open_on is null or proposals_close_on >= proposals_open_on)
);
create index congress_meeting_dates_idx on congress_meeting (starts_on);

create table congress_delegation (
    id          bigserial primary key,
    term_id     bigint       not null references congress_term (id),
    name        varchar(100) not null,
    unit_id     bigint,
    sort_order  integer      not null default 0,
    unique (term_id, name)
);

-- A seat held by a person for a period of the term; a replacement ends one seat and opens another (history kept).
create table congress_delegate (
    id                    bigserial primary key,
    term_id               bigint       not null references congress_term (id),
    person_id             bigint       not null,
    delegation_id         bigint       not null references congress_delegation (id),
    constituency          varchar(100),
    category              varchar(20)  not null check (category in ('FRONT_LINE', 'TECHNICAL', 'MANAGER', 'LEADER')),
    elected_on            date,
    valid_from            date         not null,
    valid_to              date,
    end_reason            varchar(500),
    replaces_delegate_id  bigint references congress_delegate (id),
    check (valid_to is null or valid_to > valid_from)
);
create unique index congress_delegate_one_open_seat_uk on congress_delegate (term_id, person_id) where valid_to is null;
create index congress_delegate_person_idx on congress_delegate (person_id, valid_from);
create index congress_delegate_delegation_idx on congress_delegate (delegation_id, valid_from);
