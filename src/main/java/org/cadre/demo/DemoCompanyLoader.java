package org.cadre.demo;

import java.time.Clock;
import java.time.LocalDate;

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

/**
 * Loads the demo company into an empty database when the demo is enabled; a database that already has people is
 * left as it is, so a second start reuses the same data. Creates one account per role (see README).
 */
@Component
@Order(10)
class DemoCompanyLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Cadre-Demo-2026";
    static final long SEED = 20_261_123L;
    private static final Logger log = LoggerFactory.getLogger(DemoCompanyLoader.class);

    private final CadreProperties properties;
    private final DemoCompanyGenerator generator;
    private final DemoAssessment assessment;
    private final AccountAdministration accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCompanyLoader(CadreProperties properties, DemoCompanyGenerator generator, DemoAssessment assessment,
                      AccountAdministration accounts, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.generator = generator;
        this.assessment = assessment;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        if (jdbc.sql("select count(*) from people_person").query(Long.class).single() > 0) {
            log.info("The database already has data: the demo company is not loaded again.");
            return;
        }
        long started = System.currentTimeMillis();
        transaction.executeWithoutResult(status -> {
            var generated = generator.generate(properties.demo().people(), SEED, LocalDate.now(clock));
            account("orgdept", generated.orgDeptPersonId(), "ORG_DEPT", ScopeKind.ALL, null);
            account("union", generated.unionPersonId(), "TRADE_UNION", ScopeKind.ALL, null);
            account("office", generated.officePersonId(), "GENERAL_OFFICE", ScopeKind.ALL, null);
            account("unithead", generated.unitHeadPersonId(), "UNIT_HEAD", ScopeKind.UNIT, generated.cathodeUnitId());
            account("delegate", generated.delegatePersonId(), "DELEGATE", ScopeKind.SELF, null);
            account("employee", generated.employeePersonId(), "EMPLOYEE", ScopeKind.SELF, null);
            assessment.load(SEED, LocalDate.now(clock));
            log.info("Demo company loaded: {} units, {} posts, {} people, {} assignments; demo accounts orgdept, union, "
                            + "office, unithead, delegate, employee with password {}",
                    generated.units(), generated.posts(), generated.people(), generated.assignments(), DEMO_PASSWORD);
        });
        log.info("Demo company loaded in {} ms", System.currentTimeMillis() - started);
    }

    private void account(String username, long personId, String role, ScopeKind scope, Long unitId) {
        String name = jdbc.sql("select name from people_person where id = ?").param(personId).query(String.class).single();
        long id = accounts.createAccount(username, name, DEMO_PASSWORD, personId);
        accounts.grant(id, role, scope, unitId);
        if (!"EMPLOYEE".equals(role)) {
            accounts.grant(id, "EMPLOYEE", ScopeKind.SELF, null);
        }
    }
}
