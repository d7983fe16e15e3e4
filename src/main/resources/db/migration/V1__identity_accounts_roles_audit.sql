-- identity: accounts, roles made of permissions, grants with a data scope, API tokens, audit log.

create table identity_role (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name_zh     varchar(60)  not null,
    name_en     varchar(80)  not null,
    builtin     boolean      not null default false,
    version     integer      not null default 0
);

create table identity_role_permission (
    role_id     bigint       not null references identity_role (id) on delete cascade,
    permission  varchar(60)  not null,
    primary key (role_id, permission)
);

create table identity_account (
    id                   bigserial primary key,
    username             varchar(64)  not null,
    password_hash        varchar(200) not null,
    display_name         varchar(100) not null,
    person_id            bigint,
    preferred_locale     varchar(10),
    enabled              boolean      not null default true,
    locked               boolean      not null default false,
    failed_logins        integer      not null default 0,
    login_blocked_until  timestamptz,
    password_changed_at  timestamptz  not null default now(),
    last_login_at        timestamptz,
    created_at           timestamptz  not null default now(),
    version              integer      not null default 0
);
create unique index identity_account_username_uk on identity_account (lower(username));
create index identity_account_person_idx on identity_account (person_id);

-- A grant gives an account a role within a data scope: the whole company, one unit's subtree, or only oneself.
create table identity_grant (
    id             bigserial primary key,
    account_id     bigint      not null references identity_account (id) on delete cascade,
    role_id        bigint      not null references identity_role (id),
    scope_kind     varchar(10) not null check (scope_kind in ('ALL', 'UNIT', 'SELF')),
    scope_unit_id  bigint,
    check ((scope_kind = 'UNIT') = (scope_unit_id is not null))
);
create unique index identity_grant_uk on identity_grant (account_id, role_id, scope_kind, coalesce(scope_unit_id, 0));

-- Only a hash of the token is kept: a stolen database does not yield usable tokens.
create table identity_api_token (
    id            bigserial primary key,
    account_id    bigint       not null references identity_account (id) on delete cascade,
    name          varchar(80)  not null,
    token_hash    char(64)     not null unique,
    token_prefix  varchar(16)  not null,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index identity_api_token_account_idx on identity_api_token (account_id);

create table audit_entry (
    id            bigserial primary key,
    occurred_at   timestamptz  not null default now(),
    actor_id      bigint,
    actor_name    varchar(100) not null,
    remote_addr   varchar(64),
    action        varchar(60)  not null,
    entity_type   varchar(40)  not null,
    entity_id     varchar(40),
    summary       varchar(500),
    before_state  jsonb,
    after_state   jsonb
);
create index audit_entry_time_idx on audit_entry (occurred_at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor_id);

-- The audit log is append-only, also for anyone who reaches the database through the application's account.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or deleted';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

-- Spring Session JDBC: sessions in the database so that several nodes can share one PostgreSQL.
create table spring_session (
    primary_id             char(36)     not null primary key,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  integer      not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    primary key (session_primary_id, attribute_name)
);
