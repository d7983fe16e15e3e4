-- The built-in roles of the organisations Cadre serves. Administrators may add their own roles.
insert into identity_role (code, name_zh, name_en, builtin) values
    ('SYSTEM_ADMIN',   '系统管理员',   'System administrator',                     true),
    ('ORG_DEPT',       '组织人事部',   'Organization & Personnel Department',      true),
    ('TRADE_UNION',    '工会',         'Trade union',                              true),
    ('GENERAL_OFFICE', '办公室',       'General office',                           true),
    ('UNIT_HEAD',      '单位负责人',   'Unit head',                                true),
    ('DELEGATE',       '职工代表',     'Delegate',                                 true),
    ('EMPLOYEE',       '员工',         'Employee',                                 true);

insert into identity_role_permission (role_id, permission)
select r.id, p.permission
from identity_role r
join (values
    ('SYSTEM_ADMIN', 'org:read'), ('SYSTEM_ADMIN', 'org:manage'), ('SYSTEM_ADMIN', 'post:manage'),
    ('SYSTEM_ADMIN', 'assignment:manage'), ('SYSTEM_ADMIN', 'people:read'), ('SYSTEM_ADMIN', 'people:manage'),
    ('SYSTEM_ADMIN', 'people:import'), ('SYSTEM_ADMIN', 'people:export'), ('SYSTEM_ADMIN', 'people:national-id'),
    ('SYSTEM_ADMIN', 'account:manage'), ('SYSTEM_ADMIN', 'audit:read'),
    ('ORG_DEPT', 'org:read'), ('ORG_DEPT', 'org:manage'), ('ORG_DEPT', 'post:manage'),
    ('ORG_DEPT', 'assignment:manage'), ('ORG_DEPT', 'people:read'), ('ORG_DEPT', 'people:manage'),
    ('ORG_DEPT', 'people:import'), ('ORG_DEPT', 'people:export'), ('ORG_DEPT', 'people:national-id'),
    ('ORG_DEPT', 'audit:read'),
    ('TRADE_UNION', 'org:read'), ('TRADE_UNION', 'people:read'), ('TRADE_UNION', 'people:export'),
    ('GENERAL_OFFICE', 'org:read'), ('GENERAL_OFFICE', 'people:read'),
    ('UNIT_HEAD', 'org:read'), ('UNIT_HEAD', 'people:read'), ('UNIT_HEAD', 'people:export'),
    ('DELEGATE', 'org:read'), ('DELEGATE', 'people:read'),
    ('EMPLOYEE', 'org:read'), ('EMPLOYEE', 'people:read')
) as p (code, permission) on p.code = r.code;
