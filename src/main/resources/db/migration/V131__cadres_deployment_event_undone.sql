-- Whether revoking the event also undid what it did (assignments, terms, roster status), or only marked it.
alter table cadre_deployment_event add column revoke_undone boolean not null default false;
