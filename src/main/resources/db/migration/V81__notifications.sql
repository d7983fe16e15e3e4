-- notifications: in-app notifications (站内消息) to accounts. A notification holds a message key and its arguments,
-- rendered in the reader's language. The dedupe key makes sending idempotent, also from several application nodes
-- at once: a second send with the same key to the same account does nothing.

create table notification_message (
    id           bigserial primary key,
    account_id   bigint        not null,
    message_key  varchar(120)  not null,
    args         text[]        not null default '{}',
    url          varchar(500),
    dedupe_key   varchar(300),
    created_at   timestamptz   not null,
    read_at      timestamptz
);
create unique index notification_message_dedupe_uk on notification_message (account_id, dedupe_key)
    where dedupe_key is not null;
create index notification_message_account_idx on notification_message (account_id, created_at desc, id desc);
create index notification_message_unread_idx on notification_message (account_id) where read_at is null;
