-- Idea scores and the automatic triage queue (issue 6): a member may carry a customer segment with
-- a weight for their votes; an area may have a threshold past which its ideas enter the owning
-- team's triage queue; triage rows get a state and remember how they entered.

alter table members
    add column segment        varchar(64),
    add column segment_weight double precision not null default 1
        check (segment_weight > 0 and segment_weight <= 100);

-- Set by admins on the owning team (PATCH /api/teams/{slug} thresholds); kept when the area moves.
create table triage_thresholds (
    area_id            bigint       primary key references product_areas (id) on delete cascade,
    threshold          double precision not null check (threshold > 0)
);

-- The score as last computed by the scoring round (votes with time decay and segment weights).
create table idea_scores (
    post_id            bigint       primary key references posts (id) on delete cascade,
    score              double precision not null,
    votes              integer      not null,
    computed_at        timestamptz  not null
);

alter table triage_ideas
    add column state      varchar(16)  not null default 'NEW'
        check (state in ('NEW', 'REVIEW', 'FORWARDED', 'DECLINED')),
    add column entered_at timestamptz  not null default now(),
    -- null: the idea entered by crossing its area's threshold
    add column entered_by bigint       references members (id),
    add column owner_id   bigint       references members (id);
update triage_ideas set state = 'FORWARDED' where forwards > 0;
create index triage_ideas_team on triage_ideas (team_id, state);
