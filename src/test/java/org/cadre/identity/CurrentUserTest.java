package org.cadre.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CurrentUserTest {

    private static CurrentUser user(Grant... grants) {
        return new CurrentUser(1, "u", "U", 77L, List.of(grants), false, true, null);
    }

    @Test
    void a_company_wide_grant_reaches_everything() {
        CurrentUser user = user(new Grant("ORG_DEPT", Set.of("people:read"), ScopeKind.ALL, null),
                new Grant("UNIT_HEAD", Set.of("people:read"), ScopeKind.UNIT, 5L));
        assertThat(user.scopeFor("people:read").all()).isTrue();
    }

    @Test
    void unit_and_self_grants_add_up_and_only_for_the_permission_they_hold() {
        CurrentUser user = user(new Grant("UNIT_HEAD", Set.of("people:read", "people:export"), ScopeKind.UNIT, 5L),
                new Grant("UNIT_HEAD", Set.of("people:read"), ScopeKind.UNIT, 9L),
                new Grant("EMPLOYEE", Set.of("people:read"), ScopeKind.SELF, null));
        DataScope read = user.scopeFor("people:read");
        assertThat(read.all()).isFalse();
        assertThat(read.unitIds()).containsExactlyInAnyOrder(5L, 9L);
        assertThat(read.selfPersonId()).isEqualTo(77L);
        assertThat(user.scopeFor("people:export").unitIds()).containsExactly(5L);
        assertThat(user.scopeFor("people:export").selfPersonId()).isNull();
        assertThat(user.scopeFor("people:manage").isEmpty()).isTrue();
    }

    @Test
    void account_management_is_held_only_through_a_company_wide_grant() {
        CurrentUser unitAdmin = user(new Grant("SYSTEM_ADMIN", Set.of("account:manage", "people:read"), ScopeKind.UNIT, 5L),
                new Grant("SELF_ADMIN", Set.of("account:manage"), ScopeKind.SELF, null));
        assertThat(unitAdmin.can("account:manage")).isFalse();
        assertThat(unitAdmin.scopeFor("account:manage").isEmpty()).isTrue();
        assertThat(unitAdmin.getAuthorities()).extracting(Object::toString).containsExactly("people:read");
        CurrentUser admin = user(new Grant("SYSTEM_ADMIN", Set.of("account:manage"), ScopeKind.ALL, null));
        assertThat(admin.can("account:manage")).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("account:manage");
    }

    @Test
    void authorities_are_the_permissions_of_all_grants() {
        CurrentUser user = user(new Grant("A", Set.of("org:read"), ScopeKind.ALL, null),
                new Grant("B", Set.of("org:read", "audit:read"), ScopeKind.SELF, null));
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactlyInAnyOrder("org:read", "audit:read");
        assertThat(user.can("audit:read")).isTrue();
        assertThat(user.can("account:manage")).isFalse();
    }
}
