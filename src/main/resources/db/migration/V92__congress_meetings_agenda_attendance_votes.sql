-- congress, meetings part: composition rules per term, venues and video sites (分会场), agenda items with their
-- materials, delegation secretaries, attendance (check-in) and the votes on documents.

-- The composition rules of a term's delegates (e.g. front-line ≥ 50 %, managers and leaders ≤ 20 %, women ≥ the
-- workforce's share). One row per term; absent = the usual rules.
create table congress_composition_rule (
    term_id             bigint       primary key references congress_term (id),
    front_line_min_pct  integer      not null default 50 check (front_line_min_pct between 0 and 100),
    managers_max_pct    integer      not null default 20 check (managers_max_pct between 0 and 100),
    women_rule          varchar(20)  not null default 'WORKFORCE' check (women_rule in ('WORKFORCE', 'FIXED')),
    women_min_pct       integer      check (women_min_pct between 0 and 100),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0
);

-- A meeting's check-in token (the QR code at the venue opens /congress/checkin/<token>).
create table congress_meeting_checkin (
    meeting_id  bigint       primary key references congress_meeting (id),
    token       varchar(40)  not null unique
);

-- The main venue and the video sites (分会场), each with its site officer.
create table congress_venue (
    id                  bigserial primary key,
    meeting_id          bigint       not null references congress_meeting (id),
    name                varchar(200) not null,
    main                boolean      not null default false,
    officer_person_id   bigint,
    unique (meeting_id, name)
);
create index congress_venue_officer_idx on congress_venue (officer_person_id);

-- The delegations that attend at a video site (their delegates are marked present there by the site officer).
create table congress_venue_delegation (
    venue_id       bigint not null references congress_venue (id) on delete cascade,
    delegation_id  bigint not null references congress_delegation (id),
    primary key (venue_id, delegation_id)
);

create table congress_agenda_item (
    id          bigserial primary key,
    meeting_id  bigint       not null references congress_meeting (id),
    position    integer      not null,
    kind        varchar(20)  not null check (kind in ('REPORT', 'DOCUMENT_TO_ADOPT', 'ELECTION', 'APPRAISAL', 'HONORS', 'OTHER')),
    title       varchar(300) not null,
    presenter   varchar(200),
    created_at  timestamptz  not null default now(),
    version     integer      not null default 0
);
create index congress_agenda_item_meeting_idx on congress_agenda_item (meeting_id, position);

-- Materials of an agenda item, stored in the database.
create table congress_material (
    id              bigserial primary key,
    agenda_item_id  bigint       not null references congress_agenda_item (id),
    file_name       varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      integer      not null,
    content         bytea        not null,
    uploaded_by     varchar(100) not null,
    uploaded_at     timestamptz  not null default now()
);
create index congress_material_item_idx on congress_material (agenda_item_id);

-- The delegation secretary (代表团秘书), with history; the proposals part asks them for breakout opinions.
create table congress_delegation_secretary (
    id             bigserial primary key,
    delegation_id  bigint not null references congress_delegation (id),
    person_id      bigint not null,
    valid_from     date   not null,
    valid_to       date,
    check (valid_to is null or valid_to > valid_from)
);
create unique index congress_delegation_secretary_open_uk on congress_delegation_secretary (delegation_id) where valid_to is null;
create index congress_delegation_secretary_person_idx on congress_delegation_secretary (person_id);

-- Who was present at a meeting: checked in by QR, by an officer, or marked at a video site. Once per delegate.
create table congress_attendance (
    meeting_id     bigint       not null references congress_meeting (id),
    delegate_id    bigint       not null references congress_delegate (id),
    venue_id       bigint       references congress_venue (id),
    method         varchar(10)  not null check (method in ('QR', 'OFFICER', 'SITE')),
    checked_in_at  timestamptz  not null,
    recorded_by    varchar(100) not null,
    primary key (meeting_id, delegate_id)
);

-- The vote on an agenda item: a secret ballot on the ballot engine (codes for the delegates present) or counts
-- entered by the officer; decided by the adoption rule (more than half of ALL delegates, two thirds present).
create table congress_vote (
    id               bigserial primary key,
    agenda_item_id   bigint       not null unique references congress_agenda_item (id),
    mode             varchar(10)  not null check (mode in ('SECRET', 'COUNTED')),
    ballot_id        bigint,
    state            varchar(10)  not null default 'OPEN' check (state in ('OPEN', 'DECIDED')),
    all_delegates    integer      not null,
    present          integer      not null,
    votes_for        integer,
    votes_against    integer,
    abstentions      integer,
    adopted          boolean,
    opened_at        timestamptz  not null,
    opened_by        varchar(100) not null,
    decided_at       timestamptz,
    decided_by       varchar(100)
);
create index congress_vote_ballot_idx on congress_vote (ballot_id);
