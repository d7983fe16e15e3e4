-- A rating question may be about a unit's leadership team (领导班子) rather than a person.
alter table ballot_question add column subject_unit_id bigint;
