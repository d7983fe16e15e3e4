package org.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
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
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class ProductionDatabaseTest {

    @Autowired
    MockMvc mvc;

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

    @Test
    void units_people_roster_and_scope_work_end_to_end_on_this_server() throws Exception {
        var orgDept = TestUsers.orgDept();
        String code = "PD" + System.nanoTime();
        String created = mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"负极材料事业部","kind":"OPERATING_UNIT","effectiveDate":"2020-01-01"}
                                """.formatted(code)).with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long unit = Long.parseLong(created.replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
        String employeeNo = "PD" + System.nanoTime();
        mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"employeeNo":"%s","name":"欧阳晓华","gender":"F","birthDate":"1988-03-15","unitId":%d}
                                """.formatted(employeeNo, unit)).with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/people").param("unit", String.valueOf(unit)).param("q", "晓华")
                        .param("ageFrom", "30").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].employeeNo").value(employeeNo));
        // a unit head of another unit does not see the person
        long otherUnit = jdbc.sql("select id from org_unit where code <> ? order by id limit 1").param(code)
                .query(Long.class).optional().orElse(unit + 1);
        mvc.perform(get("/api/v1/people").param("q", "晓华").with(user(TestUsers.unitHead(otherUnit))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'person' and action like 'person.%'")
                .query(Long.class).single()).isPositive();
    }
}
