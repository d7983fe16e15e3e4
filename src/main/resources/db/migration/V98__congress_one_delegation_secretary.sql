-- One secretary concept: the delegation's secretary (congress_delegation_secretary, with history) records the
-- delegation's breakout opinions at every meeting. The per-meeting breakout secretaries of V96 are folded into it:
-- for each delegation, its latest open breakout appointment, where it names someone other than the delegation's
-- current secretary, becomes the delegation's secretary from the day of that appointment (the current period ends
-- that day; one that would start on or after it is replaced, as Delegates.setSecretary does). The appointments
-- themselves stay in the audit log (breakout.secretary.appointed); the per-meeting table is dropped.
create temporary table breakout_latest on commit drop as
select distinct on (b.delegation_id) b.delegation_id, b.person_id,
       (b.appointed_at at time zone 'Asia/Shanghai')::date as day
from congress_breakout_secretary b
where b.ended_at is null
order by b.delegation_id, b.appointed_at desc, b.id desc;

delete from breakout_latest l
using congress_delegation_secretary s
where s.delegation_id = l.delegation_id and s.valid_to is null and s.person_id = l.person_id;

delete from congress_delegation_secretary s
using breakout_latest l
where s.delegation_id = l.delegation_id and s.valid_to is null and s.valid_from >= l.day;

update congress_delegation_secretary s set valid_to = l.day
from breakout_latest l
where s.delegation_id = l.delegation_id and s.valid_to is null;

insert into congress_delegation_secretary (delegation_id, person_id, valid_from)
select delegation_id, person_id, day from breakout_latest;

drop table congress_breakout_secretary;
