-- Leadership teams (领导班子) appraised in a cycle: rated Good / Fairly good / Average / Poor by the cycle's ballot.
create table assessment_team (
    id                bigserial     primary key,
    cycle_id          bigint        not null references assessment_cycle (id) on delete cascade,
    unit_id           bigint        not null,
    name              varchar(120)  not null,
    democratic_score  numeric(6, 2),
    grade             varchar(20)   check (grade in ('GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR')),
    unique (cycle_id, unit_id)
);
