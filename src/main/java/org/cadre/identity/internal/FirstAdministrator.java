package org.cadre.identity.internal;

import org.cadre.identity.AccountAdministration;
import org.cadre.identity.ScopeKind;
import org.cadre.shared.CadreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * On an empty database, creates the {@code admin} account: CADRE_ADMIN_PASSWORD, or a generated one logged once,
 * which is temporary (to be replaced at the first sign-in).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcClient jdbc;
    private final AccountAdministration accounts;
    private final CadreProperties properties;
    private final TransactionTemplate transaction;

    FirstAdministrator(JdbcClient jdbc, AccountAdministration accounts, CadreProperties properties,
                       TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from identity_account").query(Long.class).single() > 0) {
            return;
        }
        boolean generated = !StringUtils.hasText(properties.adminPassword());
        String password = generated ? TemporaryPasswords.generate() : properties.adminPassword();
        // all or nothing: an account without its grant would keep the next start from creating a usable one
        transaction.executeWithoutResult(status -> {
            long id = accounts.createAccount("admin", "Administrator", password, null);
            accounts.grant(id, "SYSTEM_ADMIN", ScopeKind.ALL, null);
            if (generated) {
                // a password that went through the log must be replaced at the first sign-in
                jdbc.sql("update identity_account set password_temporary = true where id = ?").param(id).update();
            }
        });
        if (generated) {
            log.warn("""

                    ================================================================
                     First administrator created: user 'admin', password '{}'
                     This is shown once. Change it after signing in.
                    ================================================================""", password);
        } else {
            log.info("First administrator 'admin' created with the password from CADRE_ADMIN_PASSWORD");
        }
    }
}
