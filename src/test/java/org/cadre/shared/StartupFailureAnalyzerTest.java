package org.cadre.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.net.ConnectException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;

class StartupFailureAnalyzerTest {

    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void a_data_folder_held_by_another_instance_is_reported_in_words(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("epg-lock"), "");
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("epg-lock").toFile(), "rw");
             FileLock lock = file.getChannel().lock()) {
            assertThatThrownBy(() -> DataFolderLock.checkNotInUse(dir)).isInstanceOf(DataFolderInUseException.class);
        }
        DataFolderLock.checkNotInUse(dir); // released: free again

        var analysis = analyzer.analyze(new BeanCreationException("dataSource", "failed", new DataFolderInUseException(dir)));
        assertThat(analysis.getDescription()).contains("in use by another running Cadre instance").contains(dir.toString());
        assertThat(analysis.getAction()).contains("CADRE_DATA_DIR");
    }

    @Test
    void an_unreachable_database_is_reported_with_the_settings_to_check() {
        var refused = new SQLException("Connection to 127.0.0.1:5999 refused", "08001", new ConnectException("refused"));
        var analysis = analyzer.analyze(new IllegalStateException("flyway failed", refused));
        assertThat(analysis.getDescription()).contains("cannot be reached");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void other_failures_are_left_to_spring_boot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
