package org.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production path: with CADRE_TEST_DB_URL set (CI sets it to the machine's PostgreSQL server), the migrations
 * and this suite run against that server, in a database of their own that is dropped afterwards. Without it, the
 * same suite runs on the embedded PostgreSQL, so it never silently passes by doing nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class ProductionDatabaseTest {

    private static final String SERVER_URL = System.getenv("CADRE_TEST_DB_URL");
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
    private static final String DATABASE = "cadre_ci_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        if (SERVER_URL == null || SERVER_URL.isBlank()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER_URL); Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
        registry.add("spring.datasource.url", () -> withDatabase(DATABASE));
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (SERVER_URL == null || SERVER_URL.isBlank()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER_URL); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    static String withDatabase(String database) {
        Matcher m = URL.matcher(SERVER_URL);
        if (!m.matches()) {
            throw new IllegalArgumentException("CADRE_TEST_DB_URL is not a jdbc:postgresql:// URL: " + SERVER_URL);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    @Test
    void every_migration_applies_and_succeeds_on_this_server() {
        String database = jdbc.sql("select current_database()").query(String.class).single();
        if (SERVER_URL != null && !SERVER_URL.isBlank()) {
            assertThat(database).isEqualTo(DATABASE);
        }
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single())
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from identity_role where builtin").query(Long.class).single())
                .isEqualTo(7);
    }
}
