package org.cadre.shared;

import java.nio.file.Path;

/** The embedded PostgreSQL could not be started. */
public class EmbeddedDatabaseStartException extends RuntimeException {

    public EmbeddedDatabaseStartException(Path dataDir, Throwable cause) {
        super("The embedded PostgreSQL could not start on " + dataDir + ": " + cause.getMessage(), cause);
    }
}
