package org.cadre.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code cadre.*}; each can be given as an environment variable (CADRE_DATA_DIR, …).
 *
 * @param dataDir      where the embedded database keeps its files; survives restarts
 * @param embeddedDb   the embedded PostgreSQL used when no SPRING_DATASOURCE_URL is configured
 * @param demo         whether a demo company is loaded into an empty database
 * @param adminPassword password of the first administrator; generated and logged once when blank
 */
@ConfigurationProperties("cadre")
public record CadreProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue Demo demo,
        String adminPassword) {

    /**
     * @param port      fixed port so that pg_dump / psql can reach it; 0 picks a free one
     * @param ephemeral a throw-away instance in a temporary folder, one database per application context (tests)
     */
    public record EmbeddedDb(@DefaultValue("54329") int port, @DefaultValue("false") boolean ephemeral) {
    }

    /**
     * @param enabled load the demo company into an empty database
     * @param people  how many people the demo company has
     */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("3000") int people) {
    }
}
