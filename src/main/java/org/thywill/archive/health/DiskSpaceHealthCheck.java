package org.thywill.archive.health;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The Camel health check {@code disk-space}: UP when the file system of the backup root has at least
 * {@code thywill.health.disk.min-free-mb} usable, and at least as much as the live database's size (a backup is a
 * copy of it: it must fit); DOWN naming what is short otherwise. The backup root may not exist yet (no backup was
 * taken): its nearest existing parent is measured. A readiness check: restarting frees no disk.
 *
 * <p>Details: {@code path} (what was measured), {@code usable-bytes}, {@code min-free-bytes}, {@code database-bytes}.
 */
public final class DiskSpaceHealthCheck extends AbstractHealthCheck {

    public static final String ID = "disk-space";

    private final Path backups;
    private final Path database;
    private final long minFreeBytes;

    public DiskSpaceHealthCheck(Path backups, Path database, long minFreeBytes) {
        super("thywill", ID);
        if (minFreeBytes < 0) {
            throw new IllegalArgumentException("a minimum of free space is not negative: " + minFreeBytes);
        }
        this.backups = backups.toAbsolutePath().normalize();
        this.database = database.toAbsolutePath().normalize();
        this.minFreeBytes = minFreeBytes;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            Path measured = nearestExisting(backups);
            FileStore store = Files.getFileStore(measured);
            long usable = store.getUsableSpace();
            long dbBytes = Files.isRegularFile(database) ? Files.size(database) : 0;
            builder.detail("path", measured.toString());
            builder.detail("usable-bytes", usable);
            builder.detail("min-free-bytes", minFreeBytes);
            builder.detail("database-bytes", dbBytes);
            if (usable < minFreeBytes) {
                builder.down().message("only " + mb(usable) + " free for backups at " + measured + ", below the minimum "
                        + mb(minFreeBytes) + " (thywill.health.disk.min-free-mb)");
            } else if (usable < dbBytes) {
                builder.down().message("only " + mb(usable) + " free for backups at " + measured
                        + ": a backup of the " + mb(dbBytes) + " database would not fit");
            } else {
                builder.up().message(mb(usable) + " free for backups at " + measured);
            }
        } catch (IOException | RuntimeException e) {
            builder.down().error(e).message("cannot measure the free space for backups at " + backups + ": " + e.getMessage());
        }
    }

    private static Path nearestExisting(Path p) throws IOException {
        Path at = p;
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        if (at == null) {
            throw new IOException("no part of the path exists");
        }
        return at;
    }

    private static String mb(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
