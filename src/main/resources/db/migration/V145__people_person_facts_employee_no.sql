-- people_person_facts gains the employee number at its end (the columns before it stay as they were), so that
-- other modules can filter their own lists by a person's name or number in SQL: e.g. the congress's delegate list,
-- which before could only ask the people module for the first 500 matching people.
create or replace view people_person_facts as
select p.id as person_id, p.name, p.gender, p.birth_date, p.highest_education, p.status, p.unit_id, p.employee_no
from people_person p;
