-- Audit log of every staff action, moderation SLA and reminders, authors told about decisions (issue 5).

-- The moderation log becomes the one audit log of staff actions: more kinds of targets, longer
-- before/after states, and the details of an action (which fields, which member a vote was for …).
alter table moderation_log drop constraint moderation_log_target_type_check;
alter table moderation_log add constraint moderation_log_target_type_check
    check (target_type in ('POST', 'COMMENT', 'MEMBER', 'AREA'));
alter table moderation_log alter column action type varchar(64);
alter table moderation_log alter column before_state type text;
alter table moderation_log alter column after_state type text;
alter table moderation_log add column details jsonb;
create index moderation_log_actor on moderation_log (actor_id, id desc);

-- Reminders: at most one per review item, claimed by a conditional update.
alter table review_items add column reminded_at timestamptz;
create index review_items_unreminded on review_items (created_at) where state = 'OPEN' and reminded_at is null;
-- Time to first decision over a window.
create index review_items_decided on review_items (decided_at) where state = 'DECIDED';

-- Who moderates, as their last token said (roles live in the identity provider): reminders go to them.
alter table members add column moderates boolean not null default false;

-- What a notification says beyond its kind, in the recipient's language (a moderator's reason …).
alter table notifications add column if not exists detail text;
