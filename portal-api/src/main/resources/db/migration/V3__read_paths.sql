-- Indexes the read paths need at scale (measured by the community-core benchmark): a thread is
-- walked from its roots to their replies, and a post's threads are paged by id.
create index comments_parent on comments (parent_id) where parent_id is not null;
create index comments_roots on comments (post_id, id) where parent_id is null;
