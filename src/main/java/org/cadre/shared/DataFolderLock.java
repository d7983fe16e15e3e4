package org.cadre.shared;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells early, and in words, that another running Cadre holds the data folder (the embedded server's own lock). */
final class DataFolderLock {

    private DataFolderLock() {
    }

    static void checkNotInUse(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw new DataFolderInUseException(dataDir);
            }
        } catch (OverlappingFileLockException e) {
            throw new DataFolderInUseException(dataDir);
        }
    }
}
