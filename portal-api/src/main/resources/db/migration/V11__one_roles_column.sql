-- Who moderates is read from the roles of the member's latest token (V7's members.roles); V8's
-- separate flag said the same thing twice.
alter table members drop column moderates;
