package org.cadre.identity.internal;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.ScopeKind;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** Real accounts in the test database, with unique user names, and the principals to sign them in with. */
class TestAccounts {

    static final String PASSWORD = "Correct-horse-42";
    private static final AtomicInteger sequence = new AtomicInteger();

    private final AccountAdministration administration;
    private final AccountUserDetailsService users;
    private final JdbcClient jdbc;

    TestAccounts(AccountAdministration administration, AccountUserDetailsService users, JdbcClient jdbc) {
        this.administration = administration;
        this.users = users;
        this.jdbc = jdbc;
    }

    static TestAccounts in(ApplicationContext context) {
        return new TestAccounts(context.getBean(AccountAdministration.class),
                context.getBean(AccountUserDetailsService.class), context.getBean(JdbcClient.class));
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + sequence.incrementAndGet();
    }

    long create(String prefix) {
        return administration.createAccount(uniqueName(prefix), "Test " + prefix, PASSWORD, null);
    }

    /** An account holding the role company-wide. */
    long create(String prefix, String role) {
        long id = create(prefix);
        administration.grant(id, role, ScopeKind.ALL, null);
        return id;
    }

    CurrentUser principal(long accountId) {
        CurrentUser user = users.findById(accountId).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    String username(long accountId) {
        return jdbc.sql("select username from identity_account where id = ?").param(accountId)
                .query(String.class).single();
    }

    /** The Spring Session cookie a response set, to send with the next requests of the same browser. */
    static Cookie session(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("no session cookie in the response");
        }
        return cookie;
    }
}
