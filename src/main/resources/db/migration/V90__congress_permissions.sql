-- Who runs the Workers' Congress among the built-in roles: the trade union runs it; unit heads answer the
-- proposals assigned to their units; every employee reads the congress, its proposals and the transparency board.
insert into identity_role_permission (role_id, permission)
select r.id, p.permission
from identity_role r
join (values
    ('SYSTEM_ADMIN', 'congress:read'), ('SYSTEM_ADMIN', 'congress:manage'), ('SYSTEM_ADMIN', 'proposal:answer'),
    ('SYSTEM_ADMIN', 'disclosure:manage'), ('SYSTEM_ADMIN', 'welfare:manage'),
    ('TRADE_UNION', 'congress:read'), ('TRADE_UNION', 'congress:manage'), ('TRADE_UNION', 'disclosure:manage'),
    ('TRADE_UNION', 'welfare:manage'),
    ('GENERAL_OFFICE', 'congress:read'), ('GENERAL_OFFICE', 'proposal:answer'), ('GENERAL_OFFICE', 'disclosure:manage'),
    ('ORG_DEPT', 'congress:read'), ('ORG_DEPT', 'proposal:answer'),
    ('UNIT_HEAD', 'congress:read'), ('UNIT_HEAD', 'proposal:answer'),
    ('DELEGATE', 'congress:read'),
    ('EMPLOYEE', 'congress:read')
) as p (code, permission) on p.code = r.code
on conflict do nothing;
