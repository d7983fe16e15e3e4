-- The ballot engine. See org/cadre/ballots/README.md for the secrecy design: no table below holds a voter beside
-- what they voted, except for roll-call (NAMED) ballots, where that is the point.
create table ballot (
    id                   bigserial     primary key,
    title                varchar(200)  not null,
    description          text,
    mode                 varchar(10)   not null,
    state                varchar(10)   not null,
    pass_rule            varchar(30)   not null,
    quorum               varchar(20)   not null default 'NONE',
    min_group_breakdown  int           not null default 5,
    origin               varchar(100),
    created_by           varchar(100)  not null,
    created_at           timestamptz   not null,
    opened_at            timestamptz,
    closed_at            timestamptz,
    published_at         timestamptz,
    -- the ballot's own key, wrapped with the installation's ballot key; destroyed once the ballots are counted
    wrapped_key          bytea,
    version              int           not null default 0
);
create index ballot_origin_idx on ballot (origin);
create index ballot_state_idx on ballot (state, id);

-- a rater group is a ballot box of its own with a weight in the combined result
create table ballot_group (
    id            bigserial     primary key,
    ballot_id     bigint        not null references ballot (id) on delete cascade,
    position      int           not null,
    name          varchar(100)  not null,
    weight        numeric(9,4)  not null,
    -- COUNTED ballots: how many voted in this group, as the officer counted them
    counted_cast  int
);
create index ballot_group_ballot_idx on ballot_group (ballot_id, position);

create table ballot_question (
    id                 bigserial     primary key,
    ballot_id          bigint        not null references ballot (id) on delete cascade,
    position           int           not null,
    kind               varchar(10)   not null,
    title              varchar(300)  not null,
    subject_person_id  bigint,
    scale              varchar(20),
    max_picks          int,
    write_in           boolean       not null default false,
    min_score          int,
    max_score          int
);
create index ballot_question_ballot_idx on ballot_question (ballot_id, position);

create table ballot_option (
    id           bigserial     primary key,
    question_id  bigint        not null references ballot_question (id) on delete cascade,
    position     int           not null,
    label        varchar(200)  not null,
    person_id    bigint,
    weight       numeric(9,4)
);
create index ballot_option_question_idx on ballot_option (question_id, position);

-- the voter roll; fixed when the ballot opens. 'voted' is all that is recorded of a vote here: no time, no content.
create table ballot_voter (
    id           bigserial  primary key,
    ballot_id    bigint     not null references ballot (id) on delete cascade,
    group_id     bigint     not null references ballot_group (id) on delete cascade,
    person_id    bigint     not null,
    -- HMAC of the one-time code under the installation's key: finds the voter, cannot be turned back into the code
    code_mac     bytea,
    -- the code sealed with the ballot's key, so that slips can be printed again until the ballot closes
    code_sealed  bytea,
    voted        boolean    not null default false,
    unique (ballot_id, person_id)
);
create unique index ballot_voter_code_idx on ballot_voter (code_mac);
create index ballot_voter_group_idx on ballot_voter (group_id, voted);
create index ballot_voter_person_idx on ballot_voter (person_id, ballot_id);

-- ballots of an open SECRET ballot, sealed with the ballot's key: no id, no time, no group in clear. Emptied at
-- close, when they are opened, shuffled and counted.
create table ballot_sealed (
    ballot_id  bigint  not null references ballot (id) on delete cascade,
    sealed     bytea   not null
);
create index ballot_sealed_ballot_idx on ballot_sealed (ballot_id);

-- counted ballots. SECRET: written at close in random order in one transaction, with a random id and no voter.
-- NAMED: written as cast, with the voter.
create table ballot_cast (
    id               uuid         primary key,
    ballot_id        bigint       not null references ballot (id) on delete cascade,
    group_id         bigint       not null references ballot_group (id) on delete cascade,
    receipt          varchar(20)  not null,
    voter_person_id  bigint
);
create index ballot_cast_ballot_idx on ballot_cast (ballot_id, receipt);

-- one row per answer of a counted ballot: the scale answer, the picked option or person, or an item's score
create table ballot_answer (
    cast_id      uuid          not null references ballot_cast (id) on delete cascade,
    ballot_id    bigint        not null,
    group_id     bigint        not null,
    question_id  bigint        not null,
    answer_key   varchar(40)   not null,
    score        numeric(7,2)
);
create index ballot_answer_tally_idx on ballot_answer (ballot_id, group_id, question_id, answer_key);
create index ballot_answer_cast_idx on ballot_answer (cast_id);

-- COUNTED ballots (show of hands): the totals an officer entered per group, question and answer
create table ballot_count (
    ballot_id    bigint       not null references ballot (id) on delete cascade,
    group_id     bigint       not null references ballot_group (id) on delete cascade,
    question_id  bigint       not null references ballot_question (id) on delete cascade,
    answer_key   varchar(40)  not null,
    votes        int          not null check (votes >= 0),
    primary key (group_id, question_id, answer_key)
);
