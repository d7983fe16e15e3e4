-- A change that takes effect on the day the current version began leaves that version as an empty period [d, d):
-- it stays in the history but is never the version of any date. Hence valid_to may equal valid_from (as for
-- assignments ended on the day they began).
alter table org_unit_version drop constraint org_unit_version_check;
alter table org_unit_version add constraint org_unit_version_period_check
    check (valid_to is null or valid_to >= valid_from);

-- The document that ended a unit (merge, dissolution); document_no is the one that opened the version.
alter table org_unit_version add column end_document_no varchar(100);

-- Holders of a post on a date and the open assignments of a person are the hot queries of appointments.
create index org_assignment_open_post_idx on org_assignment (post_id) where valid_to is null;
create index org_post_unit_title_idx on org_post (unit_id, title) where active;
