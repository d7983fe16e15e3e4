package org.cadre.shared;

import java.nio.file.Path;

/** Another Cadre instance is running on the same data folder. */
public class DataFolderInUseException extends RuntimeException {

    private final Path dataDir;

    public DataFolderInUseException(Path dataDir) {
        super("The data folder " + dataDir + " is in use by another running Cadre instance");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
