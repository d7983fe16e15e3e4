-- Who runs ballots and assessments among the built-in roles. Nobody, whatever the role, can see how a voter voted
-- in a secret ballot: that is the design of the ballot engine, not a permission.
insert into identity_role_permission (role_id, permission)
select r.id, p.permission
from identity_role r
join (values
    ('SYSTEM_ADMIN', 'ballot:manage'), ('SYSTEM_ADMIN', 'ballot:read'), ('SYSTEM_ADMIN', 'assessment:manage'),
    ('SYSTEM_ADMIN', 'assessment:decide'), ('SYSTEM_ADMIN', 'assessment:read'),
    ('ORG_DEPT', 'ballot:manage'), ('ORG_DEPT', 'ballot:read'), ('ORG_DEPT', 'assessment:manage'),
    ('ORG_DEPT', 'assessment:decide'), ('ORG_DEPT', 'assessment:read'),
    ('TRADE_UNION', 'ballot:manage'), ('TRADE_UNION', 'ballot:read'),
    ('GENERAL_OFFICE', 'ballot:read'),
    ('UNIT_HEAD', 'ballot:read'), ('UNIT_HEAD', 'assessment:read'),
    ('DELEGATE', 'ballot:read'),
    ('EMPLOYEE', 'ballot:read')
) as p (code, permission) on p.code = r.code
on conflict do nothing;
