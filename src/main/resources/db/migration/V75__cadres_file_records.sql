-- cadres, part "file": the cadre file (干部档案) beside the roster's own fields, and what the approval form
-- (干部任免审批表) needs that nothing else keeps. Every change is audited with its before and after.

-- 学历学位: full-time (全日制) or in-service (在职) education, as written on the form
create table cadre_file_education (
    id          bigserial primary key,
    person_id   bigint       not null,
    kind        varchar(20)  not null check (kind in ('FULL_TIME', 'IN_SERVICE')),
    education   varchar(30)  not null,
    degree      varchar(30),
    school      varchar(100) not null,
    major       varchar(100),
    date_from   date,
    date_to     date,
    check (date_to is null or date_from is null or date_to >= date_from)
);
create index cadre_file_education_person_idx on cadre_file_education (person_id, date_from);

-- 简历: work history before (or beside) the assignments the organization keeps
create table cadre_file_resume (
    id          bigserial primary key,
    person_id   bigint       not null,
    date_from   date         not null,
    date_to     date,
    text        varchar(300) not null,
    check (date_to is null or date_to >= date_from)
);
create index cadre_file_resume_person_idx on cadre_file_resume (person_id, date_from);

-- 奖惩
create table cadre_file_reward (
    id          bigserial primary key,
    person_id   bigint       not null,
    day         date         not null,
    kind        varchar(20)  not null check (kind in ('REWARD', 'PUNISHMENT')),
    issuer      varchar(100),
    text        varchar(300) not null
);
create index cadre_file_reward_person_idx on cadre_file_reward (person_id, day);

-- 培训
create table cadre_file_training (
    id          bigserial primary key,
    person_id   bigint       not null,
    date_from   date         not null,
    date_to     date,
    course      varchar(200) not null,
    organizer   varchar(100),
    hours       integer check (hours is null or hours between 0 and 10000),
    check (date_to is null or date_to >= date_from)
);
create index cadre_file_training_person_idx on cadre_file_training (person_id, date_from);

-- 家庭成员及重要社会关系: restricted (cadre:family), every view audited
create table cadre_file_family (
    id             bigserial primary key,
    person_id      bigint       not null,
    relation       varchar(20)  not null,
    name           varchar(50)  not null,
    birth_date     date,
    political      varchar(30),
    employer_post  varchar(200)
);
create index cadre_file_family_person_idx on cadre_file_family (person_id, id);

-- The approval form's own fields: the proposal and what the roster does not keep (health, specialty); the
-- current post and the annual results as written on the form when they differ from what is derived; a photo
-- from an imported LRMX file for a person the roster has none of.
create table cadre_file_form (
    person_id            bigint primary key,
    health               varchar(50),
    specialty            varchar(200),
    current_post_text    varchar(300),
    proposed_post        varchar(300),
    removed_post         varchar(300),
    reason               varchar(1000),
    approving_body       varchar(100),
    age_date             date,
    fill_date            date,
    filled_by            varchar(50),
    annual_results_text  varchar(500),
    photo_type           varchar(40),
    photo                bytea,
    updated_at           timestamptz  not null
);
