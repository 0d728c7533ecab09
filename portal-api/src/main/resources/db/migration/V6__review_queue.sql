-- The review queue's mechanics (issue 5): what the filters need, claims, and the new decisions.

-- The item's post's product area (slug) and kind, kept when the item opens (refreshed when it is
-- opened again), so that the queue filters without reaching into the portal's tables.
alter table review_items
    add column area          varchar(64),
    add column post_kind     varchar(16),
    -- a moderator working on the item; the claim ends by itself at claimed_until
    add column claimed_by    bigint references members (id),
    add column claimed_until timestamptz;

update review_items r set area = a.slug, post_kind = p.kind
    from posts p join product_areas a on a.id = p.area_id
    where p.id = r.post_id;

alter table review_items drop constraint review_items_decision_check;
alter table review_items alter column decision type varchar(32);
alter table review_items add constraint review_items_decision_check check (decision in
    ('APPROVE', 'REJECT', 'HIDE', 'RESTORE', 'APPROVE_AND_TRUST', 'EDIT_AND_APPROVE', 'IGNORE_FLAGS', 'MERGE'));

-- the filters on the open items (the queue's order is by a priority that changes with time: it is
-- computed over the open items, which the partial indexes keep few)
create index review_items_open_area on review_items (area, created_at) where state = 'OPEN';
create index review_items_open_kind on review_items (post_kind, created_at) where state = 'OPEN';
create index review_items_open_findings on review_items using gin (findings jsonb_path_ops) where state = 'OPEN';
