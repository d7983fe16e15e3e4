package org.cadre;

import java.util.List;
import java.util.Set;

import org.cadre.identity.CurrentUser;
import org.cadre.identity.Grant;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;

/**
 * Signed-in users for MockMvc tests: {@code mvc.perform(get(..).with(user(TestUsers.orgDept())))}. The account ids
 * are not in the database; use them where only the grants matter.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static CurrentUser withGrants(String username, Long personId, Grant... grants) {
        return new CurrentUser(900_000 + Math.abs(username.hashCode() % 10_000), username, username, personId,
                List.of(grants), false, true, null);
    }

    public static Grant grant(ScopeKind scope, Long unitId, String... permissions) {
        return new Grant("TEST", Set.of(permissions), scope, unitId);
    }

    /** The organization department: every permission of the foundation, on the whole company. */
    public static CurrentUser orgDept() {
        return withGrants("orgdept", null, grant(ScopeKind.ALL, null, Permissions.ALL.toArray(String[]::new)));
    }

    /** A unit head who may read and export the people of one unit subtree. */
    public static CurrentUser unitHead(long unitId) {
        return withGrants("unithead" + unitId, null, grant(ScopeKind.UNIT, unitId, Permissions.ORG_READ,
                Permissions.PEOPLE_READ, Permissions.PEOPLE_EXPORT));
    }

    /** An employee who sees only themself. */
    public static CurrentUser employee(long personId) {
        return withGrants("employee" + personId, personId,
                grant(ScopeKind.SELF, null, Permissions.ORG_READ, Permissions.PEOPLE_READ));
    }
}
