package org.cadre.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles and the permissions they are made of. Built-in roles can be edited but not deleted; a custom role can be
 * deleted only while nobody holds it; SYSTEM_ADMIN always keeps account:manage, so that someone can still manage.
 * Taking a permission away signs the role's holders out, so that it takes effect at once.
 */
@Service
@PreAuthorize("hasAuthority('account:manage')")
public class RoleAdministration {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LiveSessions sessions;

    RoleAdministration(JdbcClient jdbc, AuditLog audit, LiveSessions sessions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.sessions = sessions;
    }

    public record Role(String code, String nameZh, String nameEn, boolean builtin, int version,
                       List<String> permissions, long holders) {

        public String name(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }

    /** What the audit log keeps of a role. */
    record RoleState(String code, String nameZh, String nameEn, Set<String> permissions) {
        static RoleState of(Role role) {
            return new RoleState(role.code(), role.nameZh(), role.nameEn(), new TreeSet<>(role.permissions()));
        }
    }

    public List<Role> list() {
        return query("true", null);
    }

    public Role find(String code) {
        return query("r.code = :code", code).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("role", code));
    }

    @Transactional
    public void create(String code, String nameZh, String nameEn, Set<String> permissions) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw BusinessRuleException.onField("code", "role.code.invalid");
        }
        checkNames(nameZh, nameEn);
        checkPermissions(permissions);
        long id = jdbc.sql("""
                insert into identity_role (code, name_zh, name_en) values (?, ?, ?)
                on conflict (code) do nothing returning id
                """).params(code, nameZh.strip(), nameEn.strip()).query(Long.class).optional()
                .orElseThrow(() -> BusinessRuleException.onField("code", "role.code.taken", code));
        insertPermissions(id, permissions);
        audit.record("role.created", "role", code, code, null, RoleState.of(find(code)));
    }

    @Transactional
    public void update(String code, String nameZh, String nameEn, Set<String> permissions, int version) {
        Role before = find(code);
        checkNames(nameZh, nameEn);
        checkPermissions(permissions);
        if ("SYSTEM_ADMIN".equals(code) && !permissions.contains(Permissions.ACCOUNT_MANAGE)) {
            throw BusinessRuleException.onField("permissions", "role.admin.keepsAccountManage");
        }
        Long id = jdbc.sql("""
                update identity_role set name_zh = ?, name_en = ?, version = version + 1
                where code = ? and version = ? returning id
                """).params(nameZh.strip(), nameEn.strip(), code, version).query(Long.class).optional()
                .orElseThrow(() -> new OptimisticLockingFailureException("role " + code + " changed meanwhile"));
        jdbc.sql("delete from identity_role_permission where role_id = ?").param(id).update();
        insertPermissions(id, permissions);
        audit.record("role.updated", "role", code, code, RoleState.of(before), RoleState.of(find(code)));
        if (!permissions.containsAll(before.permissions())) {
            // sessions keep the permissions they signed in with: whoever lost one signs in again
            jdbc.sql("""
                    select distinct a.username from identity_account a join identity_grant g on g.account_id = a.id
                    where g.role_id = ?""").param(id).query(String.class).list()
                    .forEach(sessions::endAfterCommit);
        }
    }

    @Transactional
    public void delete(String code) {
        Role role = find(code);
        if (role.builtin()) {
            throw new BusinessRuleException("role.builtin.delete", code);
        }
        // the lock keeps a grant of the role from appearing between the count and the delete
        jdbc.sql("select id from identity_role where code = ? for update").param(code).query(Long.class).single();
        long holders = jdbc.sql("""
                select count(*) from identity_grant g join identity_role r on r.id = g.role_id where r.code = ?
                """).param(code).query(Long.class).single();
        if (holders > 0) {
            throw new BusinessRuleException("role.inUse", code, holders);
        }
        jdbc.sql("delete from identity_role where code = ?").param(code).update();
        audit.record("role.deleted", "role", code, code, RoleState.of(role), null);
    }

    private List<Role> query(String condition, String code) {
        var spec = jdbc.sql("""
                select r.code, r.name_zh, r.name_en, r.builtin, r.version,
                       array(select p.permission from identity_role_permission p where p.role_id = r.id
                             order by p.permission) as permissions,
                       (select count(distinct g.account_id) from identity_grant g where g.role_id = r.id) as holders
                from identity_role r where\s""" + condition + " order by r.builtin desc, r.id");
        if (code != null) {
            spec = spec.param("code", code);
        }
        return spec.query((rs, n) -> new Role(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getBoolean("builtin"), rs.getInt("version"),
                        Arrays.asList((String[]) rs.getArray("permissions").getArray()), rs.getLong("holders")))
                .list();
    }

    private void insertPermissions(long roleId, Set<String> permissions) {
        for (String permission : permissions) {
            jdbc.sql("insert into identity_role_permission (role_id, permission) values (?, ?)")
                    .params(roleId, permission).update();
        }
    }

    private static void checkNames(String nameZh, String nameEn) {
        if (nameZh == null || nameZh.isBlank() || nameZh.strip().length() > 60) {
            throw BusinessRuleException.onField("nameZh", "role.name.invalid");
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > 80) {
            throw BusinessRuleException.onField("nameEn", "role.name.invalid");
        }
    }

    private static void checkPermissions(Set<String> permissions) {
        for (String permission : permissions) {
            if (!Permissions.ALL.contains(permission)) {
                throw BusinessRuleException.onField("permissions", "role.permission.unknown", permission);
            }
        }
    }
}
