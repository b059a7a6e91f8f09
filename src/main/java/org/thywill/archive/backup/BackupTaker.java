package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteDataSource;
import org.thywill.archive.files.DurableFiles;

/**
 * Takes one backup of a live database into {@code <root>/<tier>/thywill_<tier>_YYYYMMDD_HHMMSS[_N].db}.
 *
 * <p>The snapshot is SQLite's online backup API run from a read-only connection, copying every page in one step
 * ({@code sqlite3_backup_step(-1)}). One step is one read transaction, so it copies one consistent snapshot (WAL
 * content included) while writers go on committing — in WAL mode a reader never blocks them nor they it — and it
 * cannot be restarted by their writes (the API restarts only between steps, which is why the usual 100-page steps
 * may never finish under a steady writer: sqlite.org/c3ref/backup_finish.html). The read-only connection guarantees
 * the live file is never changed by us. A page copy is the cheapest consistent snapshot: {@code VACUUM INTO}, used
 * before, rebuilds every table and index and took ~1.7× as long on a 1 GB database (bench/backup.sh). The copy
 * carries the live file's WAL flag, so it is marked as a rollback-journal database before anything is measured: a
 * backup is one self-contained file, readable on a read-only mount without a -wal or -shm beside it.
 *
 * <p>Steps: snapshot into a hidden temp file in the tier folder, fsync it and the folder, {@code PRAGMA
 * integrity_check} must answer exactly {@code ok} (read through a memory map: the temp file is ours alone) while
 * another thread hashes it, then claim a free final name by creating its sidecar with {@link DurableFiles#writeNew}
 * (which never replaces a file), write the manifest, and hard-link the temp file to the final name last — so a final
 * name always has its sidecar and manifest, and two backups in the same second get {@code _2}, {@code _3}. On any
 * failure everything this run created is deleted.
 */
public final class BackupTaker {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** {@code sqlite3_backup_step}'s page count for "every remaining page". */
    private static final int ALL_PAGES_IN_ONE_STEP = -1;
    /** How long the backup waits before retrying a step the source refused as busy (only while it recovers). */
    private static final int BUSY_RETRY_MS = 100;
    private static final long WAL_VERSION_OFFSET = 18;

    private final Path database;
    private final Path root;
    private final int busyTimeoutMs;
    private final Clock clock;

    public BackupTaker(Path database, Path root, int busyTimeoutMs, Clock clock) {
        this.database = database.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
        this.busyTimeoutMs = busyTimeoutMs;
        this.clock = clock;
    }

    public BackupResult take(BackupTier tier) {
        if (!Files.isRegularFile(database)) {
            throw new BackupException("no database to back up at " + database);
        }
        Instant now = clock.instant();
        LocalDateTime stamp = LocalDateTime.ofInstant(now, clock.getZone()).withNano(0);
        Path dir = root.resolve(tier.id());
        Path temp = null;
        try {
            DurableFiles.createDirectoriesDurably(dir);
            temp = createTemp(dir, tier, stamp);
            snapshot(temp);
            clearWalFlag(temp);
            fsync(temp);
            DurableFiles.fsyncDirectory(dir);
            BackupManifest facts = inspect(temp, tier, now);
            return place(dir, tier, stamp, temp, facts);
        } catch (IOException | SQLException e) {
            throw new BackupException("backup of " + database + " failed: " + describe(e)
                    + "; nothing was kept under a final name and the database was not changed", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp name is hidden and cleanup removes stale temp files
                }
            }
        }
    }

    private void snapshot(Path temp) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(busyTimeoutMs);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + database);
        try (Connection c = source.getConnection()) {
            int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", temp.toString(), null,
                    BUSY_RETRY_MS, Math.max(1, busyTimeoutMs / BUSY_RETRY_MS), ALL_PAGES_IN_ONE_STEP);
            if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(rc);
                throw new SQLiteException("the online backup failed: " + code.name() + " (" + code.message + ")", code);
            }
        }
    }

    /**
     * Marks the copy as a rollback-journal database when it carries its source's WAL flag: the file format's bytes 18
     * and 19 (write and read version) are 2 in WAL mode and 1 otherwise (sqlite.org/fileformat2.html#file_format_version_numbers).
     * The copy is ours alone and no -wal belongs to it, so this is all {@code PRAGMA journal_mode=DELETE} would change
     * — without opening it in WAL mode, which needs a -shm file (and disk space) beside it.
     */
    private static void clearWalFlag(Path temp) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer versions = ByteBuffer.allocate(2);
            if (channel.read(versions, WAL_VERSION_OFFSET) == 2 && versions.get(0) == 2 && versions.get(1) == 2) {
                channel.write(ByteBuffer.wrap(new byte[] {1, 1}), WAL_VERSION_OFFSET);
            }
        }
    }

    private BackupManifest inspect(Path temp, BackupTier tier, Instant now) throws IOException, SQLException {
        CompletableFuture<String> sha256 = Sha256Sidecar.hashInBackground(temp);
        try (SqliteFile f = SqliteFile.openReadOnlyMapped(temp)) {
            List<String> integrity = f.integrityCheck();
            if (!SqliteFile.isOk(integrity)) {
                throw new IOException("the snapshot failed PRAGMA integrity_check: "
                        + String.join("; ", integrity.subList(0, Math.min(5, integrity.size()))));
            }
            Map<String, Long> tables = f.rowCounts();
            return new BackupManifest(null, tier.id(), now, database.toString(), Files.size(temp),
                    Sha256Sidecar.await(sha256), f.schemaVersion(), f.userVersion(), f.sqliteVersion(), tables);
        } finally {
            sha256.cancel(false);
        }
    }

    private BackupResult place(Path dir, BackupTier tier, LocalDateTime stamp, Path temp, BackupManifest facts)
            throws IOException {
        for (int n = 1; ; n++) {
            String name = BackupNames.candidate(tier, stamp, n);
            Path target = dir.resolve(name);
            Path sidecar = dir.resolve(BackupNames.sidecarOf(name));
            Path manifest = dir.resolve(BackupNames.manifestOf(name));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    || !DurableFiles.writeNew(sidecar, Sha256Sidecar.bytes(new Sha256Sidecar(facts.sha256(), name)))) {
                continue;
            }
            List<Path> created = new ArrayList<>(List.of(sidecar));
            try {
                BackupManifest m = new BackupManifest(name, facts.tier(), facts.createdAt(), facts.source(),
                        facts.sizeBytes(), facts.sha256(), facts.schemaVersion(), facts.userVersion(),
                        facts.sqliteVersion(), facts.tables());
                DurableFiles.writeAtomically(manifest, ManifestJson.write(m));
                created.add(manifest);
                if (!link(temp, target)) {
                    deleteAll(created);
                    continue;
                }
                DurableFiles.fsyncDirectory(dir);
                return new BackupResult(tier.id(), target, m.sizeBytes(), m.sha256(), m.createdAt(),
                        m.schemaVersion(), m.tables(), null);
            } catch (IOException | RuntimeException e) {
                deleteAll(created);
                throw e;
            }
        }
    }

    /** Gives {@code temp} the name {@code target} unless that name is taken; never replaces a file. */
    private static boolean link(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException noHardLinks) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    private static void deleteAll(List<Path> files) {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: the backup name they belong to was never created
            }
        }
    }

    private static Path createTemp(Path dir, BackupTier tier, LocalDateTime stamp) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            // VACUUM INTO writes into a file that does not exist or is empty: reserving the name empty is fine.
            Path temp = dir.resolve(BackupNames.temp(tier, stamp, HexFormat.of().formatHex(random)));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        if (m.contains("SQLITE_FULL") || m.contains("No space left")) {
            return "the disk is full (" + m + ")";
        }
        if (m.contains("SQLITE_BUSY")) {
            return "the database is locked by another process (" + m + ")";
        }
        return m;
    }
}
