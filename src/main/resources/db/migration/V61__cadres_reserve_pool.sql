-- cadres, reserve part: the reserve pool (后备干部库), each entry's development plan, its periodic reviews (定期考察)
-- and the history of every change of state and readiness. Name, employee number and unit are those on the day of
-- the nomination (the pool is read and scoped by them); the target unit is the target post's, else the person's.

create table cadre_reserve_entry (
    id               bigserial primary key,
    person_id        bigint        not null,
    employee_no      varchar(32)   not null,
    name             varchar(50)   not null,
    unit_id          bigint        not null,
    target_level     varchar(30)   not null,
    target_post_id   bigint,
    target_unit_id   bigint        not null,
    source           varchar(30)   not null check (source in ('ORGANIZATION', 'DEMOCRATIC_RECOMMENDATION',
                                                              'UNIT_RECOMMENDATION', 'OPEN_COMPETITION', 'SELF')),
    reason           varchar(1000) not null,
    readiness        varchar(20)   not null check (readiness in ('READY_NOW', 'ONE_TO_TWO_YEARS', 'THREE_PLUS_YEARS')),
    nominated_on     date          not null,
    state            varchar(20)   not null default 'RESERVE'
                     check (state in ('RESERVE', 'UNDER_INSPECTION', 'APPOINTED', 'WITHDRAWN')),
    next_review_due  date          not null,
    withdrawn_reason varchar(500),
    created_at       timestamptz   not null,
    version          int           not null default 0
);
-- one active entry per person and target level
create unique index cadre_reserve_entry_active_uk on cadre_reserve_entry (person_id, target_level)
    where state in ('RESERVE', 'UNDER_INSPECTION');
create index cadre_reserve_entry_unit_idx on cadre_reserve_entry (unit_id, state);
create index cadre_reserve_entry_filter_idx on cadre_reserve_entry (target_level, readiness, state);
create index cadre_reserve_entry_successor_idx on cadre_reserve_entry (target_unit_id, target_level)
    where state in ('RESERVE', 'UNDER_INSPECTION');
create index cadre_reserve_entry_post_idx on cadre_reserve_entry (target_post_id)
    where state in ('RESERVE', 'UNDER_INSPECTION');
create index cadre_reserve_entry_review_idx on cadre_reserve_entry (next_review_due)
    where state in ('RESERVE', 'UNDER_INSPECTION');
create index cadre_reserve_entry_person_idx on cadre_reserve_entry (person_id);

-- 培养计划: training, rotation (轮岗), temporary posting (挂职), a mentor (导师)
create table cadre_reserve_plan_item (
    id               bigserial primary key,
    entry_id         bigint       not null references cadre_reserve_entry (id),
    kind             varchar(20)  not null check (kind in ('TRAINING', 'ROTATION', 'TEMPORARY_POSTING', 'MENTOR')),
    description      varchar(500) not null,
    starts_on        date,
    ends_on          date,
    mentor_person_id bigint,
    mentor_name      varchar(50),
    status           varchar(10)  not null default 'PLANNED' check (status in ('PLANNED', 'DONE')),
    done_on          date,
    created_at       timestamptz  not null,
    check (ends_on is null or starts_on is null or ends_on >= starts_on),
    check (kind <> 'MENTOR' or mentor_person_id is not null)
);
create index cadre_reserve_plan_item_entry_idx on cadre_reserve_plan_item (entry_id, starts_on);

create table cadre_reserve_review (
    id               bigserial primary key,
    entry_id         bigint        not null references cadre_reserve_entry (id),
    reviewed_on      date          not null,
    reviewer         varchar(100)  not null,
    conclusion       varchar(2000) not null,
    readiness_before varchar(20)   not null,
    readiness_after  varchar(20)   not null,
    next_review_due  date          not null,
    created_at       timestamptz   not null,
    recorded_by      varchar(100)  not null
);
create index cadre_reserve_review_entry_idx on cadre_reserve_review (entry_id, reviewed_on desc);

-- every change of an entry, newest last: nomination, state, readiness, plan, review
create table cadre_reserve_history (
    id             bigserial primary key,
    entry_id       bigint        not null references cadre_reserve_entry (id),
    occurred_at    timestamptz   not null,
    day            date          not null,
    kind           varchar(20)   not null check (kind in ('NOMINATED', 'STATE', 'READINESS', 'PLAN', 'REVIEW')),
    state_from     varchar(20),
    state_to       varchar(20),
    readiness_from varchar(20),
    readiness_to   varchar(20),
    note           varchar(1000),
    selection_id   bigint,
    actor          varchar(100)  not null
);
create index cadre_reserve_history_entry_idx on cadre_reserve_history (entry_id, id);
