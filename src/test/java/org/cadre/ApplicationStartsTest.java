package org.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrations_run_on_embedded_postgresql_17_and_the_first_administrator_exists() {
        assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
        assertThat(jdbc.sql("select count(*) from identity_account where username = 'admin'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
