-- Who recorded a status change (the account's username, "system" for changes made without a signed-in user), shown
-- in the profile's status history. Earlier rows take it from the audit entry written with the change, when found.
alter table people_status_change add column recorded_by varchar(100);

update people_status_change c set recorded_by = (
    select a.actor_name from audit_entry a
    where a.action = 'person.statusChanged' and a.entity_type = 'person' and a.entity_id = c.person_id::text
      and a.after_state ->> 'status' = c.to_status
      and a.after_state ->> 'effectiveDate' = c.effective_date::text
    order by abs(extract(epoch from a.occurred_at - c.changed_at))
    limit 1);
