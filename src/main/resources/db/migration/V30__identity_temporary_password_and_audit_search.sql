-- A password set by an administrator (reset) is temporary: its holder must choose their own at the next sign-in.
alter table identity_account add column password_temporary boolean not null default false;

-- The audit search filters by action and by actor name, newest first.
create index audit_entry_action_idx on audit_entry (action, occurred_at desc);
create index audit_entry_actor_name_idx on audit_entry (lower(actor_name), occurred_at desc);
