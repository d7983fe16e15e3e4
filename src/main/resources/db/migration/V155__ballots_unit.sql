-- A ballot belongs to a unit (its subtree), or to the whole company (null). ballot:manage reaches a ballot only when
-- its data scope reaches that unit; a company-wide ballot needs a company-wide grant. Existing ballots were made
-- before ballots had a unit: they become company-wide, so unit-scoped officers no longer reach them.
alter table ballot add column unit_id bigint;

create index ballot_unit on ballot (unit_id, id desc);

