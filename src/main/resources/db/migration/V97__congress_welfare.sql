-- congress: member welfare (工会会员福利) by the adopted welfare scheme: benefit items with eligibility rules and
-- standard amounts, yearly budgets per item and unit, applications, approvals and payments.
create table congress_welfare_item (
    id                 bigserial primary key,
    year               integer       not null check (year between 2000 and 2200),
    name               varchar(100)  not null,
    event_kind         varchar(30)   not null,
    standard_amount    numeric(12,2) not null check (standard_amount > 0),
    min_service_years  integer       not null default 0 check (min_service_years >= 0),
    -- The person statuses that may receive it (e.g. ACTIVE, or RETIRED for a retirement gift), comma separated.
    eligible_statuses  varchar(100)  not null default 'ACTIVE',
    yearly_limit       numeric(12,2) check (yearly_limit is null or yearly_limit > 0),
    created_at         timestamptz   not null default now(),
    version            integer       not null default 0,
    unique (year, name)
);

create table congress_welfare_budget (
    item_id  bigint        not null references congress_welfare_item (id),
    unit_id  bigint        not null,
    amount   numeric(14,2) not null check (amount >= 0),
    primary key (item_id, unit_id)
);

create table congress_welfare_application (
    id             bigserial primary key,
    item_id        bigint        not null references congress_welfare_item (id),
    person_id      bigint        not null,
    -- The person's unit when they applied: the budget it is spent against.
    unit_id        bigint        not null,
    event_date     date          not null,
    amount         numeric(12,2) not null check (amount > 0),
    reason         varchar(1000),
    state          varchar(20)   not null default 'SUBMITTED' check (state in ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')),
    applied_by     varchar(64)   not null,
    applied_at     timestamptz   not null,
    decided_by     varchar(64),
    decided_at     timestamptz,
    reject_reason  varchar(1000),
    version        integer       not null default 0,
    check (state <> 'REJECTED' or reject_reason is not null)
);
create index congress_welfare_application_item_idx on congress_welfare_application (item_id, state);
create index congress_welfare_application_person_idx on congress_welfare_application (person_id, item_id);
create index congress_welfare_application_unit_idx on congress_welfare_application (unit_id, item_id);

create table congress_welfare_payment (
    id              bigserial primary key,
    application_id  bigint        not null unique references congress_welfare_application (id),
    amount          numeric(12,2) not null check (amount > 0),
    paid_on         date          not null,
    reference       varchar(100)  not null,
    recorded_by     varchar(64)   not null,
    recorded_at     timestamptz   not null
);
