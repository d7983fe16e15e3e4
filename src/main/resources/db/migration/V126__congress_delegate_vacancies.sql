-- The vacancies of a term (seats ended without a successor) and the successor of a seat are looked up by these.
create index congress_delegate_replaces_idx on congress_delegate (replaces_delegate_id)
    where replaces_delegate_id is not null;
create index congress_delegate_ended_idx on congress_delegate (term_id, valid_to) where valid_to is not null;
