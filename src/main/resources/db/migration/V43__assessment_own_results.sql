-- Cadres see their own results (DOMAIN: "unit heads and cadres … see their own results"): every employee may read
-- assessment results within their grant's scope, which for the employee role is themself.
insert into identity_role_permission (role_id, permission)
select r.id, 'assessment:read' from identity_role r where r.code in ('EMPLOYEE', 'DELEGATE')
on conflict do nothing;
