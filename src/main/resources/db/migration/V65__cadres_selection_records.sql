-- Selection and appointment records (选拔任用纪实): one per vacancy, moved through its steps by a state machine
-- (SelectionState). Every step entered is a row of cadre_selection_step with its document and date; a step skipped
-- or taken out of order carries the exception's reason and approver.
create table cadre_selection (
    id                bigserial primary key,
    title             varchar(200) not null,
    post_id           bigint       not null,
    unit_id           bigint       not null,
    posts_count       int          not null check (posts_count > 0),
    method            varchar(30)  not null,
    state             varchar(20)  not null,
    ballot_id         bigint,
    -- inspection (考察)
    inspection_team   varchar(500),
    interviewed       int,
    check_dossier     boolean      not null default false,
    check_personal    boolean      not null default false,
    check_discipline  boolean      not null default false,
    check_complaints  boolean      not null default false,
    inspection_report text,
    -- committee decision (党委会决定)
    meeting_date      date,
    members_due       int,
    members_present   int,
    -- public notice (任前公示)
    notice_start      date,
    notice_end        date,
    -- appointment (任职)
    appointment_no    varchar(100),
    effective_date    date,
    -- open competition (竞聘): the post's requirements
    min_education     varchar(30),
    min_work_years    int,
    max_age           int,
    min_level         varchar(30),
    created_by        varchar(100) not null,
    created_at        timestamptz  not null,
    version           int          not null default 0
);
create index cadre_selection_state_idx on cadre_selection (state, id desc);
create index cadre_selection_unit_idx on cadre_selection (unit_id, id desc);
create index cadre_selection_notice_idx on cadre_selection (notice_end) where state = 'PUBLIC_NOTICE';

create table cadre_selection_step (
    id                 bigserial primary key,
    selection_id       bigint       not null references cadre_selection (id),
    from_state         varchar(20),
    to_state           varchar(20)  not null,
    day                date         not null,
    document_no        varchar(100),
    document_title     varchar(200),
    file_name          varchar(200),
    file_type          varchar(100),
    file_content       bytea,
    note               varchar(1000),
    exception_reason   varchar(1000),
    exception_approver varchar(100),
    recorded_by        varchar(100) not null,
    recorded_at        timestamptz  not null
);
create index cadre_selection_step_selection_idx on cadre_selection_step (selection_id, id);

-- A candidate (候选人) or, in an open competition, an applicant (报名人).
create table cadre_selection_candidate (
    id                  bigserial primary key,
    selection_id        bigint       not null references cadre_selection (id),
    person_id           bigint       not null,
    status              varchar(20)  not null default 'ACTIVE',
    ballot_position     int,
    votes_agree         int,
    votes_disagree      int,
    votes_abstain       int,
    ballots_cast        int,
    recommendation_rate numeric(6, 2),
    eligible            boolean,
    eligibility_reasons varchar(1000),
    override_reason     varchar(1000),
    decision_agree      int,
    decision_disagree   int,
    decision_abstain    int,
    decision_passed     boolean,
    score               numeric(8, 3),
    rank                int,
    assignment_id       bigint,
    promotion           boolean,
    probation_end       date,
    probation_outcome   varchar(20),
    probation_closed_on date,
    probation_note      varchar(1000),
    unique (selection_id, person_id)
);
create index cadre_selection_candidate_person_idx on cadre_selection_candidate (person_id);
create index cadre_selection_candidate_probation_idx on cadre_selection_candidate (probation_end)
    where probation_end is not null and probation_outcome is null;

-- Objections (异议) received during the public notice, and how they were resolved.
create table cadre_selection_objection (
    id            bigserial primary key,
    selection_id  bigint        not null references cadre_selection (id),
    received_on   date          not null,
    content       varchar(2000) not null,
    handler       varchar(100)  not null,
    finding       varchar(2000),
    outcome       varchar(20),
    resolved_on   date
);
create index cadre_selection_objection_selection_idx on cadre_selection_objection (selection_id, id);

-- The scoring panel of an open competition: judges with weights, and each judge's score of each candidate.
create table cadre_selection_judge (
    id            bigserial primary key,
    selection_id  bigint        not null references cadre_selection (id),
    name          varchar(100)  not null,
    weight        numeric(6, 3) not null check (weight > 0)
);
create index cadre_selection_judge_selection_idx on cadre_selection_judge (selection_id, id);

create table cadre_selection_score (
    judge_id      bigint        not null references cadre_selection_judge (id),
    candidate_id  bigint        not null references cadre_selection_candidate (id),
    score         numeric(6, 2) not null,
    primary key (judge_id, candidate_id)
);
