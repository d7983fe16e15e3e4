-- An assignment recorded in error is annulled, not deleted: its period closes to an empty one (valid_to = valid_from,
-- end_reason ANNULLED) so no as-of query sees it, and the history keeps it with why.
alter table org_assignment add column annul_reason varchar(500);
