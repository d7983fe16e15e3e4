-- The counts of a counted ballot never change: they are computed once, when the ballot closes, and results read them.
create table ballot_tally (
    ballot_id    bigint         not null references ballot (id) on delete cascade,
    group_id     bigint         not null references ballot_group (id) on delete cascade,
    question_id  bigint         not null,
    answer_key   varchar(40)    not null,
    votes        bigint         not null,
    score_sum    numeric(14,2),
    primary key (ballot_id, group_id, question_id, answer_key)
);

-- Counting reads one ballot's answers once (a hash aggregate over its rows), so the answers need only the ballot's
-- index; the wide tally index cost more to keep at close than it saved.
drop index ballot_answer_tally_idx;
create index ballot_answer_ballot_idx on ballot_answer (ballot_id);

-- Marking a voter as having voted changes no indexed column, so the row can be updated in place (a HOT update) when
-- its page has room: one WAL record instead of a new row version and an entry in every index.
drop index ballot_voter_group_idx;
create index ballot_voter_group_idx on ballot_voter (group_id);
alter table ballot_voter set (fillfactor = 80);
