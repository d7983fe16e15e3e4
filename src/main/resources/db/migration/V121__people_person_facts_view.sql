-- people_person_facts: the people module's published read model of persons, for other modules' reports that
-- aggregate in SQL (the cadre structure analysis and alerts). Other modules read this view, never people_person
-- itself; its columns are kept stable:
--   person_id, name, gender (M, F), birth_date, highest_education (an EducationLevel name or null),
--   status (a PersonStatus name), unit_id (home unit now).
-- A later migration that changes people_person recreates the view with the same columns.
create view people_person_facts as
select p.id as person_id, p.name, p.gender, p.birth_date, p.highest_education, p.status, p.unit_id
from people_person p;
