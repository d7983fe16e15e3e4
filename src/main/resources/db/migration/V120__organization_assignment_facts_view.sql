-- org_assignment_facts: the organization module's published read model of assignments, for other modules' reports
-- that aggregate in SQL (the cadre structure analysis and alerts). Other modules read this view, never org_assignment
-- or org_post themselves, so those tables can change as long as this view keeps its columns:
--   assignment_id, person_id, post_id, kind (PRIMARY, CONCURRENT), valid_from, valid_to (exclusive, null = open),
--   end_reason, title, level (a PostLevel name), unit_id, key_post.
-- A later migration that changes the tables recreates the view with the same columns.
create view org_assignment_facts as
select a.id as assignment_id, a.person_id, a.post_id, a.kind, a.valid_from, a.valid_to, a.end_reason,
       p.title, p.level, p.unit_id, p.key_post
from org_assignment a
join org_post p on p.id = a.post_id;
