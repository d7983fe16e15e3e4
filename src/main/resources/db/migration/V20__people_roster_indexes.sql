-- people: indexes for the roster query (sort by name, search by employee number, company join date) and the rule
-- that a person has at most one open membership row.
create index people_person_name_idx on people_person (name, id);
create index people_person_employee_no_trgm on people_person using gin (employee_no gin_trgm_ops);
create index people_person_company_join_idx on people_person (company_join_date);
create unique index people_unit_membership_open_uk on people_unit_membership (person_id) where valid_to is null;
