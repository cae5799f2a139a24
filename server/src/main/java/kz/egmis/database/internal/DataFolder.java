package kz.egmis.database.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import kz.egmis.platform.StartupFailure;

/**
 * The server's data folder. It is locked for the life of the process, so that one EGMIS owns it and anything
 * found running on it at start-up (a PostgreSQL left by a killed process) can be safely stopped.
 */
final class DataFolder implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataFolder(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataFolder open(Path configured) {
        Path root = configured.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupFailure("EGMIS-DATA-001",
                    "The data folder " + root + " cannot be created or written (" + e.getClass().getSimpleName()
                            + ": " + e.getMessage() + ").",
                    "Set EGMIS_DATA_DIR to a folder this user may write, or fix the folder's permissions.", e);
        }
        return lock(root);
    }

    private static DataFolder lock(Path root) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve("egmis.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(root, null);
            }
            return new DataFolder(root, channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(root, e);
        }
    }

    private static StartupFailure inUse(Path root, Exception cause) {
        return new StartupFailure("EGMIS-DATA-002",
                "The data folder " + root + " is in use by another running EGMIS server.",
                "Stop the other server, or give this one its own EGMIS_DATA_DIR.", cause);
    }

    Path root() {
        return root;
    }

    Path resolve(String name) {
        return root.resolve(name);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the lock goes with the channel anyway
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
