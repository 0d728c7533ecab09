-- Rejection reasons from templates (issue 5): the template's code is kept beside the moderator's own
-- words, so that each reader (the author, a moderator) reads the template in their language.
alter table review_items add column reason_code varchar(64);
