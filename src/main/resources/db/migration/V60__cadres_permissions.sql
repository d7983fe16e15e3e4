-- Who keeps the cadre team's records among the built-in roles. Family members of cadres are restricted to the
-- organization department; unit heads read the cadres of their own units.
insert into identity_role_permission (role_id, permission)
select r.id, p.permission
from identity_role r
join (values
    ('SYSTEM_ADMIN', 'cadre:read'), ('SYSTEM_ADMIN', 'cadre:manage'), ('SYSTEM_ADMIN', 'selection:manage'),
    ('ORG_DEPT', 'cadre:read'), ('ORG_DEPT', 'cadre:manage'), ('ORG_DEPT', 'selection:manage'),
    ('ORG_DEPT', 'cadre:family'),
    ('UNIT_HEAD', 'cadre:read')
) as p (code, permission) on p.code = r.code
on conflict do nothing;
