-- cadres / tenure: terms of office (任期), post agreements and performance contracts (任期制和契约化) with their
-- indicators, the exit rule (不胜任退出) and its recommendations, and deployment events (干部调配) for the ledger.

-- A term of office of one person on a post (kind POST, with its assignment) or of a unit's leadership team (TEAM).
create table cadre_term (
    id             bigserial primary key,
    kind           varchar(10)  not null check (kind in ('POST', 'TEAM')),
    person_id      bigint,
    person_name    varchar(100),
    employee_no    varchar(50),
    assignment_id  bigint,
    title          varchar(200)  not null,
    post_id        bigint,
    unit_id        bigint       not null,
    start_date     date         not null,
    expected_end   date         not null,
    actual_end     date,
    end_reason     varchar(200),
    source         varchar(100),
    created_at     timestamptz  not null default now(),
    version        integer      not null default 0,
    check (expected_end > start_date),
    check (actual_end is null or actual_end >= start_date),
    check (kind = 'TEAM' or (person_id is not null and assignment_id is not null))
);
create index cadre_term_unit_idx on cadre_term (unit_id, expected_end);
create index cadre_term_person_idx on cadre_term (person_id);
create index cadre_term_open_end_idx on cadre_term (expected_end) where actual_end is null;
create unique index cadre_term_open_assignment_uk on cadre_term (assignment_id) where actual_end is null;

-- A post appointment agreement (岗位聘任协议) or an annual / term performance contract (经营业绩责任书).
create table cadre_contract (
    id                 bigserial primary key,
    kind               varchar(20)   not null check (kind in ('AGREEMENT', 'ANNUAL', 'TERM')),
    person_id          bigint        not null,
    person_name        varchar(100)  not null,
    employee_no        varchar(50)   not null,
    unit_id            bigint        not null,
    term_id            bigint references cadre_term (id),
    year               integer       not null,
    title              varchar(200)  not null,
    rewards_penalties  varchar(2000),
    signed_on          date,
    total_score        numeric(7, 2),
    results_entered_at timestamptz,
    created_at         timestamptz   not null default now(),
    version            integer       not null default 0
);
create index cadre_contract_year_unit_idx on cadre_contract (year, unit_id);
create index cadre_contract_person_idx on cadre_contract (person_id, year);

-- One indicator of a contract with its weight (points), target and scoring rule; the actual result and its score.
create table cadre_contract_indicator (
    id             bigserial primary key,
    contract_id    bigint        not null references cadre_contract (id),
    position       integer       not null,
    name           varchar(200)  not null,
    weight         numeric(7, 2) not null check (weight > 0),
    target         numeric(18, 4) not null,
    measure_unit   varchar(30),
    rule           varchar(20)   not null check (rule in ('LINEAR', 'PASS_FAIL', 'DEDUCTION')),
    cap_percent    numeric(7, 2),
    deduction      numeric(9, 4),
    actual         numeric(18, 4),
    score          numeric(7, 2),
    unique (contract_id, position)
);

-- The exit rule's settings: one row, changed in place, each change audited.
create table cadre_exit_rule (
    id                   integer primary key check (id = 1),
    score_below          numeric(7, 2) not null,
    basically_competent  boolean       not null,
    incompetent          boolean       not null,
    updated_at           timestamptz   not null default now()
);
insert into cadre_exit_rule (id, score_below, basically_competent, incompetent) values (1, 60, true, true);

-- A recommendation to end a term, drawn from a contract's score or the year's assessment grade; decided once.
create table cadre_exit_recommendation (
    id              bigserial primary key,
    contract_id     bigint        not null references cadre_contract (id),
    person_id       bigint        not null,
    person_name     varchar(100)  not null,
    unit_id         bigint        not null,
    basis           varchar(500)  not null,
    state           varchar(20)   not null check (state in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    reason          varchar(500),
    decided_at      timestamptz,
    decided_by      varchar(100),
    event_id        bigint,
    created_at      timestamptz   not null default now()
);
create index cadre_exit_recommendation_state_idx on cadre_exit_recommendation (state, unit_id);
create unique index cadre_exit_recommendation_contract_uk on cadre_exit_recommendation (contract_id);

-- A deployment event (干部调配), effective-dated, with its document; never edited, only revoked with a reason.
create table cadre_deployment_event (
    id                  bigserial primary key,
    kind                varchar(20)   not null,
    person_id           bigint        not null,
    person_name         varchar(100)  not null,
    employee_no         varchar(50)   not null,
    unit_id             bigint        not null,
    effective_date      date          not null,
    from_assignment_id  bigint,
    from_post_id        bigint,
    to_post_id          bigint,
    to_assignment_id    bigint,
    reason              varchar(500)  not null,
    document_no         varchar(100),
    document_date       date,
    issuing_body        varchar(100),
    selection_id        bigint,
    revoked_at          timestamptz,
    revoked_by          varchar(100),
    revoke_reason       varchar(500),
    created_at          timestamptz   not null default now(),
    created_by          varchar(100)  not null
);
create index cadre_deployment_event_date_idx on cadre_deployment_event (effective_date, unit_id);
create index cadre_deployment_event_person_idx on cadre_deployment_event (person_id, effective_date);
