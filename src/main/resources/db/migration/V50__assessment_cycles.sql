-- assessment: appraisal cycles, their components, bands, quotas, appraisees and scores; the calibration history;
-- consequence rules, the recommendations drawn from them, and the records accepted ones leave on a person.

create table assessment_cycle (
    id                 bigserial primary key,
    kind               varchar(20)  not null check (kind in ('ANNUAL', 'TERM_END', 'PROBATION')),
    year               int          not null check (year between 1990 and 2200),
    title              varchar(200) not null,
    state              varchar(20)  not null default 'DRAFT'
                       check (state in ('DRAFT', 'COLLECTING', 'CALIBRATING', 'FINALIZED')),
    -- 等次划分: the lowest total of each grade; below basically_competent is Incompetent
    band_excellent     numeric(5, 2) not null default 90,
    band_competent     numeric(5, 2) not null default 75,
    band_basic         numeric(5, 2) not null default 60,
    ballot_id          bigint,
    created_at         timestamptz  not null,
    finalized_at       timestamptz,
    version            int          not null default 0
);
create index assessment_cycle_year_idx on assessment_cycle (year desc, id desc);

create table assessment_component (
    id        bigserial primary key,
    cycle_id  bigint        not null references assessment_cycle (id) on delete cascade,
    kind      varchar(30)   not null
              check (kind in ('BUSINESS_RESULTS', 'DEMOCRATIC_APPRAISAL', 'SUPERIOR_EVALUATION', 'CUSTOM')),
    name      varchar(100)  not null,
    weight    numeric(5, 2) not null check (weight > 0 and weight <= 100),
    position  int           not null
);
create index assessment_component_cycle_idx on assessment_component (cycle_id, position);

-- 比例控制: at most max_percent of the appraisees of each category may hold the grade
create table assessment_quota (
    cycle_id     bigint        not null references assessment_cycle (id) on delete cascade,
    grade        varchar(30)   not null,
    max_percent  numeric(5, 2) not null check (max_percent >= 0 and max_percent <= 100),
    primary key (cycle_id, grade)
);

-- who is appraised; the unit and post are those on the day they were added, the category is what quotas count by
-- (the unit's kind unless named otherwise). total_score and proposed_grade are computed when calibration starts.
create table assessment_appraisee (
    id              bigserial primary key,
    cycle_id        bigint        not null references assessment_cycle (id) on delete cascade,
    person_id       bigint        not null,
    employee_no     varchar(32)   not null,
    name            varchar(50)   not null,
    unit_id         bigint        not null,
    post_title      varchar(100),
    category        varchar(60)   not null,
    total_score     numeric(6, 2),
    proposed_grade  varchar(30),
    final_grade     varchar(30),
    unique (cycle_id, person_id)
);
create index assessment_appraisee_cycle_idx on assessment_appraisee (cycle_id, unit_id);
create index assessment_appraisee_person_idx on assessment_appraisee (person_id);

create table assessment_score (
    appraisee_id  bigint        not null references assessment_appraisee (id) on delete cascade,
    component_id  bigint        not null references assessment_component (id) on delete cascade,
    score         numeric(6, 2) not null check (score >= 0 and score <= 100),
    source        varchar(20)   not null check (source in ('ENTERED', 'IMPORTED', 'BALLOT')),
    entered_at    timestamptz   not null,
    entered_by    varchar(100)  not null,
    primary key (appraisee_id, component_id)
);

-- the calibration history: every change of a final grade, with its reason; never rewritten
create table assessment_grade_change (
    id            bigserial primary key,
    appraisee_id  bigint        not null references assessment_appraisee (id) on delete cascade,
    from_grade    varchar(30),
    to_grade      varchar(30)   not null,
    reason        varchar(500)  not null,
    changed_at    timestamptz   not null,
    changed_by    varchar(100)  not null
);
create index assessment_grade_change_appraisee_idx on assessment_grade_change (appraisee_id, id);

-- consequence rules, company-wide: a grade held `years` annual cycles in a row leads to the consequence
create table assessment_rule (
    id           bigserial primary key,
    grade        varchar(30)   not null,
    years        int           not null default 1 check (years between 1 and 10),
    consequence  varchar(30)   not null
                 check (consequence in ('PAY_COEFFICIENT', 'PROMOTION_PRIORITY', 'RESERVE_POOL', 'DEMOTION', 'REMOVAL')),
    coefficient  numeric(4, 2),
    active       boolean       not null default true,
    check (consequence <> 'PAY_COEFFICIENT' or coefficient is not null)
);

insert into assessment_rule (grade, years, consequence, coefficient) values
    ('EXCELLENT', 1, 'PAY_COEFFICIENT', 1.20),
    ('COMPETENT', 1, 'PAY_COEFFICIENT', 1.00),
    ('BASICALLY_COMPETENT', 1, 'PAY_COEFFICIENT', 0.80),
    ('INCOMPETENT', 1, 'PAY_COEFFICIENT', 0.50),
    ('EXCELLENT', 3, 'PROMOTION_PRIORITY', null),
    ('BASICALLY_COMPETENT', 2, 'DEMOTION', null),
    ('INCOMPETENT', 1, 'REMOVAL', null);

-- what the rules proposed on finalizing; evidence lists the results read, oldest first, as year:GRADE:score;...
create table assessment_recommendation (
    id            bigserial primary key,
    cycle_id      bigint        not null references assessment_cycle (id) on delete cascade,
    appraisee_id  bigint        not null references assessment_appraisee (id) on delete cascade,
    person_id     bigint        not null,
    rule_id       bigint        not null references assessment_rule (id),
    grade         varchar(30)   not null,
    years         int           not null,
    consequence   varchar(30)   not null,
    coefficient   numeric(4, 2),
    evidence      varchar(500)  not null,
    state         varchar(20)   not null default 'PROPOSED' check (state in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    note          varchar(500),
    decided_at    timestamptz,
    decided_by    varchar(100)
);
create index assessment_recommendation_cycle_idx on assessment_recommendation (cycle_id, state, id);
create index assessment_recommendation_person_idx on assessment_recommendation (person_id);

-- an accepted consequence, kept on the person (later capabilities turn it into appointments and removals)
create table assessment_person_record (
    id                 bigserial primary key,
    person_id          bigint        not null,
    cycle_id           bigint        not null references assessment_cycle (id),
    recommendation_id  bigint        not null unique references assessment_recommendation (id),
    year               int           not null,
    consequence        varchar(30)   not null,
    coefficient        numeric(4, 2),
    evidence           varchar(500)  not null,
    grade              varchar(30)   not null,
    years              int           not null,
    note               varchar(500),
    recorded_at        timestamptz   not null
);
create index assessment_person_record_person_idx on assessment_person_record (person_id, year desc);

-- results of years before Cadre (or of cycles run elsewhere): annual grades by person and year
create table assessment_past_result (
    id           bigserial primary key,
    person_id    bigint        not null,
    year         int           not null check (year between 1990 and 2200),
    grade        varchar(30)   not null,
    score        numeric(6, 2),
    recorded_at  timestamptz   not null,
    unique (person_id, year)
);
