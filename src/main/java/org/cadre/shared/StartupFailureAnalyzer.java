package org.cadre.shared;

import java.net.ConnectException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the start-up failures that an operator meets into a plain explanation instead of a stack trace. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<Throwable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Throwable cause) {
        for (Throwable t = rootFailure; t != null; t = t.getCause()) {
            if (t instanceof DataFolderInUseException inUse) {
                return new FailureAnalysis(
                        "The data folder " + inUse.dataDir() + " is in use by another running Cadre instance.",
                        "Stop the other instance, or start this one with another folder: CADRE_DATA_DIR=/path/to/folder.",
                        t);
            }
            if (t instanceof EmbeddedDatabaseStartException) {
                return new FailureAnalysis(t.getMessage(),
                        "Check that the data folder is writable and that port CADRE_EMBEDDED_DB_PORT (default 54329) is free.",
                        t);
            }
            if (t instanceof SQLException sql && sql.getCause() instanceof ConnectException
                    || t instanceof SQLException s2 && "08001".equals(s2.getSQLState())) {
                return new FailureAnalysis(
                        "The configured PostgreSQL database cannot be reached: " + t.getMessage(),
                        "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, "
                                + "and that the database server is running and accepts connections.",
                        t);
            }
        }
        return null;
    }
}
