-- The history of a person's status on the roster: every change with its effective date and reason (no silent
-- overwrite of people_person.status). Rows go with the person.
create table people_status_change (
    id             bigserial primary key,
    person_id      bigint       not null references people_person (id) on delete cascade,
    from_status    varchar(20)  not null,
    to_status      varchar(20)  not null,
    effective_date date         not null,
    reason         varchar(500),
    changed_at     timestamptz  not null default now()
);
create index people_status_change_person_idx on people_status_change (person_id, effective_date);
