-- people: the personnel roster.
create extension if not exists pg_trgm;

create table people_person (
    id                       bigserial primary key,
    employee_no              varchar(32)  not null unique,
    name                     varchar(50)  not null,
    gender                   char(1)      not null check (gender in ('M', 'F')),
    birth_date               date         not null,
    ethnicity                varchar(30),
    native_place             varchar(60),
    birthplace               varchar(60),
    political_affiliation    varchar(30)  not null default 'MASSES',
    party_join_date          date,
    work_start_date          date,
    company_join_date        date,
    fulltime_education       varchar(30),
    fulltime_degree          varchar(30),
    fulltime_school          varchar(100),
    fulltime_major           varchar(100),
    inservice_education      varchar(30),
    inservice_degree         varchar(30),
    inservice_school         varchar(100),
    inservice_major          varchar(100),
    highest_education        varchar(30),
    professional_title       varchar(60),
    title_grade              varchar(30),
    national_id              varchar(18),
    phone                    varchar(30),
    status                   varchar(20)  not null default 'ACTIVE',
    unit_id                  bigint       not null,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    version                  integer      not null default 0
);
create index people_person_unit_idx on people_person (unit_id, name);
create index people_person_birth_idx on people_person (birth_date);
create index people_person_name_trgm on people_person using gin (name gin_trgm_ops);
create unique index people_person_national_id_uk on people_person (national_id) where national_id is not null;

-- Which unit a person belonged to and when; the person's unit_id is the open row here.
create table people_unit_membership (
    id          bigserial primary key,
    person_id   bigint not null references people_person (id),
    unit_id     bigint not null,
    valid_from  date   not null,
    valid_to    date,
    check (valid_to is null or valid_to > valid_from)
);
create index people_unit_membership_person_idx on people_unit_membership (person_id, valid_from);
create index people_unit_membership_unit_idx on people_unit_membership (unit_id, valid_from);

create table people_photo (
    person_id     bigint primary key references people_person (id),
    content_type  varchar(40) not null,
    content       bytea       not null
);
