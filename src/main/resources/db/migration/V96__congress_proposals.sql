-- congress: proposals (提案), suggestions (合理化建议) and breakout opinions (分团讨论意见), all tracked to an answer.
create table congress_proposal (
    id                   bigserial primary key,
    meeting_id           bigint       not null references congress_meeting (id),
    kind                 varchar(20)  not null check (kind in ('PROPOSAL', 'SUGGESTION', 'OPINION')),
    title                varchar(200) not null,
    category             varchar(30)  not null,
    reasons              text         not null,
    measures             text,
    proposer_person_id   bigint       not null,
    delegation_id        bigint references congress_delegation (id),
    state                varchar(30)  not null,
    merged_into_id       bigint references congress_proposal (id),
    review_comment       varchar(1000),
    lead_unit_id         bigint,
    assigned_on          date,
    deadline             date,
    reassignment_reason  varchar(1000),
    answer               text,
    answered_on          date,
    answer_class         char(1) check (answer_class in ('A', 'B', 'C', 'D')),
    class_reason         varchar(1000),
    round                integer      not null default 1,
    submitted_on         date,
    filed_on             date,
    closed_on            date,
    created_at           timestamptz  not null default now(),
    version              integer      not null default 0,
    check (answer_class <> 'D' or class_reason is not null)
);
create index congress_proposal_meeting_idx on congress_proposal (meeting_id, state, category);
create index congress_proposal_proposer_idx on congress_proposal (proposer_person_id);
create index congress_proposal_lead_idx on congress_proposal (lead_unit_id, state);
create index congress_proposal_open_idx on congress_proposal (deadline) where answered_on is null and lead_unit_id is not null;

-- Co-departments (协办部门) countersign the lead's answer.
create table congress_proposal_codept (
    proposal_id       bigint      not null references congress_proposal (id),
    unit_id           bigint      not null,
    countersigned_at  timestamptz,
    countersigned_by  varchar(64),
    note              varchar(1000),
    primary key (proposal_id, unit_id)
);
create index congress_proposal_codept_unit_idx on congress_proposal_codept (unit_id);

-- Co-signers (附议人): delegates who confirm (or decline) from their inbox.
create table congress_proposal_cosigner (
    proposal_id  bigint      not null references congress_proposal (id),
    person_id    bigint      not null,
    state        varchar(20) not null default 'INVITED' check (state in ('INVITED', 'CONFIRMED', 'DECLINED')),
    answered_at  timestamptz,
    primary key (proposal_id, person_id)
);
create index congress_proposal_cosigner_person_idx on congress_proposal_cosigner (person_id, state);

-- Ratings of an answer, per handling round: an unsatisfied one sends the proposal back to the lead.
create table congress_proposal_rating (
    proposal_id  bigint       not null references congress_proposal (id),
    round        integer      not null,
    person_id    bigint       not null,
    rating       varchar(20)  not null check (rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    comment      varchar(1000),
    rated_at     timestamptz  not null,
    primary key (proposal_id, round, person_id)
);

-- The timeline: every step, who took it and why (the audit log holds the same with before/after).
create table congress_proposal_event (
    id           bigserial primary key,
    proposal_id  bigint       not null references congress_proposal (id),
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    action       varchar(40)  not null,
    from_state   varchar(30),
    to_state     varchar(30),
    note         varchar(2000)
);
create index congress_proposal_event_proposal_idx on congress_proposal_event (proposal_id, occurred_at);

-- Reminders of overdue answers; the key (proposal, level, day) makes a reminder go out once on several nodes.
create table congress_proposal_reminder (
    proposal_id  bigint       not null references congress_proposal (id),
    level        varchar(20)  not null check (level in ('DEADLINE', 'UNIT_HEAD', 'UNION')),
    day          date         not null,
    recipient    varchar(200) not null,
    sent_at      timestamptz  not null,
    primary key (proposal_id, level, day)
);

-- Breakout secretaries (分团讨论秘书): appointed by the union per delegation and meeting; a new appointment ends the old.
create table congress_breakout_secretary (
    id             bigserial primary key,
    meeting_id     bigint       not null references congress_meeting (id),
    delegation_id  bigint       not null references congress_delegation (id),
    person_id      bigint       not null,
    appointed_at   timestamptz  not null,
    appointed_by   varchar(64)  not null,
    ended_at       timestamptz
);
create unique index congress_breakout_secretary_open_uk on congress_breakout_secretary (meeting_id, delegation_id)
    where ended_at is null;
create index congress_breakout_secretary_person_idx on congress_breakout_secretary (person_id);
