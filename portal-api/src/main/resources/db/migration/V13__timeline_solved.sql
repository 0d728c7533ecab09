-- Closing the loop (issue 6): voters of a shipped idea answer "did this solve it?", and the
-- notifier learns which status a status change went to.

-- One answer per voter and idea; changeable (answered_at is the latest answer's time).
create table solved_answers (
    post_id            bigint       not null references posts (id) on delete cascade,
    member_id          bigint       not null references members (id),
    solved             boolean      not null,
    comment            varchar(1000),
    answered_at        timestamptz  not null,
    primary key (post_id, member_id)
);

-- The transaction that made a status change, as the change log records it: the notifier finds the
-- change's status (e.g. shipped) by it; a transaction changes one post's status at most once.
alter table status_changes add column tx xid8;
alter table status_changes alter column tx set default pg_current_xact_id();
create index status_changes_tx on status_changes (post_id, tx);
