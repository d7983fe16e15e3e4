package org.cadre.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no database is configured, so that Cadre runs with one command. Its data
 * folder survives restarts; with {@code spring.datasource.url} set (SPRING_DATASOURCE_URL) this does nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final AtomicInteger ephemeralDatabases = new AtomicInteger();
    /** Tests share one throw-away server per JVM; each application context gets a database of its own. */
    private static EmbeddedPostgres ephemeralServer;

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(CadreProperties properties) {
        if (properties.embeddedDb().ephemeral()) {
            return new EmbeddedPostgresServer(sharedEphemeralServer(), false);
        }
        Path dataDir = properties.dataDir().resolve("postgres").toAbsolutePath();
        return new EmbeddedPostgresServer(startPersistent(dataDir, properties.embeddedDb().port()), true);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server, CadreProperties properties) {
        String database = "cadre";
        if (properties.embeddedDb().ephemeral()) {
            database = "cadre_test_" + ephemeralDatabases.incrementAndGet();
        }
        server.ensureDatabase(database);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.postgres().getJdbcUrl("postgres", database));
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("cadre");
        return dataSource;
    }

    private static synchronized EmbeddedPostgres sharedEphemeralServer() {
        if (ephemeralServer == null) {
            try {
                ephemeralServer = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ephemeralServer;
    }

    private static EmbeddedPostgres startPersistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            DataFolderLock.checkNotInUse(dataDir);
            log.info("Starting embedded PostgreSQL with its data in {}", dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(dataDir, e);
        } catch (IllegalStateException e) {
            throw new DataFolderInUseException(dataDir);
        }
    }

    /** The embedded server; stopping the application stops it cleanly (a persistent one, not a shared test one). */
    record EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean stopOnClose) implements AutoCloseable {

        void ensureDatabase(String name) {
            var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(postgres.getPostgresDatabase());
            boolean exists = jdbc.sql("select count(*) from pg_database where datname = ?").param(name)
                    .query(Integer.class).single() > 0;
            if (!exists) {
                // the name is ours, never user input
                jdbc.sql("create database " + name + " encoding 'UTF8' template template0").update();
            }
        }

        @Override
        public void close() throws IOException {
            if (stopOnClose) {
                log.info("Stopping embedded PostgreSQL");
                postgres.close();
            }
        }
    }

    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
