-- Further documents of a selection step (the inspection's interview records, the personal-matters check, the
-- committee's minutes and vote tally, the probation notice…) beside the one document the step row itself holds.
-- A document removed by mistake is kept, marked with who removed it, when and why: the record (纪实) loses nothing.
create table cadre_selection_document (
    id             bigserial primary key,
    selection_id   bigint        not null references cadre_selection (id),
    step_id        bigint        not null references cadre_selection_step (id),
    title          varchar(200)  not null,
    document_no    varchar(100),
    file_name      varchar(200)  not null,
    file_type      varchar(100)  not null,
    size_bytes     int           not null check (size_bytes > 0),
    content        bytea         not null,
    attached_by    varchar(100)  not null,
    attached_at    timestamptz   not null,
    removed_by     varchar(100),
    removed_at     timestamptz,
    removal_reason varchar(1000),
    check ((removed_at is null) = (removal_reason is null))
);
create index cadre_selection_document_selection_idx on cadre_selection_document (selection_id, step_id, id)
    where removed_at is null;
