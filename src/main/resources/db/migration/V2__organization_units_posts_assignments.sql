-- organization: the unit tree with effective-dated versions, posts with approved counts, assignments.

create table org_unit (
    id          bigserial primary key,
    code        varchar(32) not null unique,
    created_at  timestamptz not null default now()
);

-- One row per period in which a unit had a given name, kind and parent. Periods are [valid_from, valid_to);
-- a change closes the current row and opens a new one, so the tree on any past date stays queryable.
create table org_unit_version (
    id            bigserial primary key,
    unit_id       bigint       not null references org_unit (id),
    name          varchar(100) not null,
    kind          varchar(20)  not null,
    parent_id     bigint references org_unit (id),
    sort_order    integer      not null default 0,
    valid_from    date         not null,
    valid_to      date,
    change_kind   varchar(20)  not null,
    document_no   varchar(100),
    ended_by      varchar(20),
    merged_into   bigint references org_unit (id),
    check (valid_to is null or valid_to > valid_from)
);
create index org_unit_version_unit_idx on org_unit_version (unit_id, valid_from);
create index org_unit_version_parent_idx on org_unit_version (parent_id, valid_from);
create unique index org_unit_version_current_uk on org_unit_version (unit_id) where valid_to is null;

create table org_post (
    id              bigserial primary key,
    unit_id         bigint       not null references org_unit (id),
    title           varchar(100) not null,
    level           varchar(30)  not null,
    track           varchar(20)  not null,
    approved_count  integer      not null check (approved_count >= 0),
    key_post        boolean      not null default false,
    active          boolean      not null default true,
    sort_order      integer      not null default 0,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0
);
create index org_post_unit_idx on org_post (unit_id);

-- An assignment of a person to a post for a period. Ending one records its end; nothing is overwritten.
create table org_assignment (
    id                   bigserial primary key,
    person_id            bigint       not null,
    post_id              bigint       not null references org_post (id),
    kind                 varchar(20)  not null check (kind in ('PRIMARY', 'CONCURRENT')),
    valid_from           date         not null,
    valid_to             date,
    decision_body        varchar(100),
    decision_date        date,
    document_no          varchar(100),
    end_reason           varchar(20),
    end_decision_body    varchar(100),
    end_document_no      varchar(100),
    over_count_reason    varchar(500),
    created_at           timestamptz  not null default now(),
    version              integer      not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);
create index org_assignment_person_idx on org_assignment (person_id, valid_from);
create index org_assignment_post_idx on org_assignment (post_id, valid_from);
