package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cadre.IntegrationTest;
import org.cadre.identity.AccountAdministration;
import org.cadre.shared.CadreProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = TestAccounts.in(context);
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        String username = accounts.username(accounts.create("login"));

        MvcResult failed = mvc.perform(formLogin().user(username).password("Wrong-password-1"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn();

        mvc.perform(get("/login").param("error", "").cookie(TestAccounts.session(failed))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("The user name or password is wrong.")));
    }

    @Test
    void six_wrong_passwords_block_the_account_even_with_the_right_password_afterwards() throws Exception {
        String username = accounts.username(accounts.create("guess"));
        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin().user(username).password("Wrong-password-" + i)).andExpect(unauthenticated());
        }

        MvcResult refused = mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();

        mvc.perform(get("/login").param("error", "").cookie(TestAccounts.session(refused))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("blocked for a while after too many failed attempts")));
        assertThat(jdbc.sql("select login_blocked_until > now() from identity_account where username = ?")
                .param(username).query(Boolean.class).single()).isTrue();
    }

    @Test
    void a_successful_sign_in_resets_the_count_of_failures() throws Exception {
        String username = accounts.username(accounts.create("forgetful"));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("Wrong-password-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(authenticated().withUsername(username)).andExpect(redirectedUrl("/"));
        assertThat(failedLogins(username)).isZero();

        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("Wrong-password-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void a_disabled_account_cannot_sign_in() throws Exception {
        long id = accounts.create("disabled");
        jdbc.sql("update identity_account set enabled = false where id = ?").param(id).update();

        MvcResult refused = mvc.perform(formLogin().user(accounts.username(id)).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();

        mvc.perform(get("/login").param("error", "").cookie(TestAccounts.session(refused))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("This account is disabled.")));
    }

    @Test
    void a_locked_account_cannot_sign_in() throws Exception {
        long id = accounts.create("locked");
        jdbc.sql("update identity_account set locked = true where id = ?").param(id).update();

        MvcResult refused = mvc.perform(formLogin().user(accounts.username(id)).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated()).andReturn();

        mvc.perform(get("/login").param("error", "").cookie(TestAccounts.session(refused))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("该账号已被锁定")));
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_only() {
        long id = accounts.create("hashed");

        String stored = jdbc.sql("select password_hash from identity_account where id = ?").param(id)
                .query(String.class).single();

        assertThat(stored).startsWith("{bcrypt}").doesNotContain(TestAccounts.PASSWORD);
        assertThat(encoder.matches(TestAccounts.PASSWORD, stored)).isTrue();
    }

    /** Runs on an emptied account table inside a transaction that is rolled back. */
    @Test
    @Transactional
    void on_an_empty_database_the_first_administrator_gets_a_generated_password_logged_once(CapturedOutput output)
            throws Exception {
        jdbc.sql("delete from identity_account").update();
        CadreProperties noPassword = new CadreProperties(Path.of("data"), new CadreProperties.EmbeddedDb(0, true),
                new CadreProperties.Demo(false, 0), null);

        new FirstAdministrator(jdbc, context.getBean(AccountAdministration.class), noPassword,
                context.getBean(TransactionTemplate.class)).run(null);

        Matcher logged = Pattern.compile("user 'admin', password '([^']+)'").matcher(output.getOut());
        assertThat(logged.find()).isTrue();
        String password = logged.group(1);
        String stored = jdbc.sql("select password_hash from identity_account where username = 'admin'")
                .query(String.class).single();
        assertThat(encoder.matches(password, stored)).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from identity_grant g join identity_role r on r.id = g.role_id
                join identity_account a on a.id = g.account_id
                where a.username = 'admin' and r.code = 'SYSTEM_ADMIN' and g.scope_kind = 'ALL'
                """).query(Long.class).single()).isEqualTo(1);
        // the logged password is temporary: signing in leads to choosing a new one
        mvc.perform(formLogin().user("admin").password(password))
                .andExpect(authenticated().withUsername("admin")).andExpect(redirectedUrl("/account"));
    }

    private int failedLogins(String username) {
        return jdbc.sql("select failed_logins from identity_account where username = ?").param(username)
                .query(Integer.class).single();
    }
}
