-- congress, transparency board (厂务公开): categories with a required period, items published for a unit or the
-- whole company with attachments, unique readers, comments with moderation.
create table congress_disclosure_category (
    id          bigserial primary key,
    name        varchar(100) not null unique,
    period      varchar(10)  not null check (period in ('MONTHLY', 'QUARTERLY', 'YEARLY', 'PER_EVENT')),
    required    boolean      not null default false,
    sort_order  integer      not null default 0,
    created_at  timestamptz  not null default now()
);

create table congress_disclosure_item (
    id            bigserial primary key,
    category_id   bigint        not null references congress_disclosure_category (id),
    unit_id       bigint,
    title         varchar(300)  not null,
    body          text          not null,
    published_on  date          not null,
    published_by  varchar(100)  not null,
    created_at    timestamptz   not null default now()
);
create index congress_disclosure_item_category_idx on congress_disclosure_item (category_id, published_on desc);
create index congress_disclosure_item_published_idx on congress_disclosure_item (published_on desc, id desc);
create index congress_disclosure_item_title_trgm on congress_disclosure_item using gin (title gin_trgm_ops);

create table congress_disclosure_attachment (
    id            bigserial primary key,
    item_id       bigint       not null references congress_disclosure_item (id),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    integer      not null,
    content       bytea        not null
);
create index congress_disclosure_attachment_item_idx on congress_disclosure_attachment (item_id);

create table congress_disclosure_read (
    item_id     bigint      not null references congress_disclosure_item (id),
    account_id  bigint      not null,
    first_read  timestamptz not null,
    primary key (item_id, account_id)
);

create table congress_disclosure_comment (
    id             bigserial primary key,
    item_id        bigint        not null references congress_disclosure_item (id),
    author         varchar(100)  not null,
    author_name    varchar(100)  not null,
    body           varchar(2000) not null,
    created_at     timestamptz   not null,
    hidden_reason  varchar(500),
    hidden_by      varchar(100),
    hidden_at      timestamptz
);
create index congress_disclosure_comment_item_idx on congress_disclosure_comment (item_id, created_at);
