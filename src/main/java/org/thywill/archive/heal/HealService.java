package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.files.ProcessLock;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.HealPrayerStates;
import org.thywill.archive.store.repo.InviteTokenRow;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.UserRow;
import org.thywill.archive.store.repo.Repositories;

/**
 * {@code heal-archives} and {@code sync-users}: makes the archive tree carry everything the database holds, at
 * archive precision, so that importing the healed tree into an empty database gives the database back. Decided by
 * content, never by mtime: every file is parsed and compared with the rows, only what is missing is written, a
 * complete file is not touched (same bytes, same mtime), and a second run writes nothing. Prayers are read and
 * healed a chunk at a time, so memory stays bounded however many there are. Files first, then the database's
 * {@code text_file_path} pointers, batched in a few transactions. A dry run reads and compares the same way and
 * lists what it would change, writing nothing.
 */
public class HealService {

    /** Prayers read and healed together: a few hundred keeps the heap small and the queries few. */
    static final int CHUNK_SIZE = 500;
    /** Concurrent fsyncs of a chunk's new files (see {@link NewFileBatch}): I/O-bound, so more than the cores. */
    static final int FSYNC_THREADS = 64;
    /** Prayer pointers set per transaction. */
    static final int POINTER_BATCH = 10_000;

    private final Path archives;
    private final DatabaseProvider databases;
    private final int chunkSize;
    private final Clock clock;

    public HealService(Path archives, DatabaseProvider databases) {
        this(archives, databases, CHUNK_SIZE, Clock.systemUTC());
    }

    /**
     * @param chunkSize how many prayers are read and healed together (small in tests, to cross chunk bounds)
     * @param clock     what a new export-all dump's {@code (exported …)} time is read from
     */
    HealService(Path archives, DatabaseProvider databases, int chunkSize, Clock clock) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size " + chunkSize);
        }
        this.archives = archives;
        this.databases = databases;
        this.chunkSize = chunkSize;
        this.clock = clock;
    }

    /** Prayers, then users, then the other Tier-1 kinds the database holds ({@link OtherKindsHeal}). */
    public HealReport healArchives(boolean dryRun) {
        HealReport.Builder report = new HealReport.Builder(dryRun);
        Database db = databases.get();
        try (ProcessLock held = dryRun ? null : HealTurn.take(db.file(), archives, "heal-archives", report)) {
            ArchiveRoot root = new ArchiveRoot(archives);
            healPrayers(db, root, dryRun, report);
            healUsers(db, root, dryRun, report);
            OtherKindsHeal.heal(db, root, dryRun, report, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        }
        return report.build();
    }

    /** Only the users: registration lines and {@code users/user_attributes.txt}. */
    public HealReport syncUsers(boolean dryRun) {
        HealReport.Builder report = new HealReport.Builder(dryRun);
        Database db = databases.get();
        try (ProcessLock held = dryRun ? null : HealTurn.take(db.file(), archives, "sync-users", report)) {
            healUsers(db, new ArchiveRoot(archives), dryRun, report);
        }
        return report.build();
    }

    private void healUsers(Database db, ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        List<UserRow> users = db.read(Repositories.USERS::findAll);
        Set<String> systemTokens = new HashSet<>();
        for (InviteTokenRow t : db.read(Repositories.INVITE_TOKENS::findAll)) {
            if ("system".equals(t.createdByUser())) {
                systemTokens.add(t.token());
            }
        }
        Map<String, String> where = new RegistrationsHealer(root, dryRun, report).heal(users, systemTokens);
        new UserAttributesHealer(root, dryRun, report).heal(users);
        Map<String, String> pointers = new HashMap<>();
        for (UserRow u : users) {
            String relative = where.get(u.displayName());
            if (relative != null && !ArchiveRoot.stored(relative).equals(u.textFilePath())) {
                pointers.put(u.displayName(), ArchiveRoot.stored(relative));
            }
        }
        updatePointers(db, dryRun, report, "user", "display_name", pointers);
    }

    /**
     * Prayer by prayer, a chunk at a time (see {@link PrayerChunks}); their pointers are set after their files
     * are written, {@link #POINTER_BATCH} at a time.
     */
    private void healPrayers(Database db, ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        report.kind(PrayerArchiveHealer.KIND);
        List<String> ids = db.read(PrayerChunks::orderedIds);
        if (!dryRun) {
            db.runInTransaction(HealPrayerStates::prepare);
            Set<String> unchanged = SettledPrayers.unchanged(root, db.read(HealPrayerStates::settled));
            if (!unchanged.isEmpty()) {
                ids = ids.stream().filter(id -> !unchanged.contains(id)).toList();
                report.unchanged(PrayerArchiveHealer.KIND, unchanged.size());
            }
        }
        ExecutorService fsyncs = Executors.newFixedThreadPool(FSYNC_THREADS, r -> {
            Thread t = new Thread(r, "heal-fsync");
            t.setDaemon(true);
            return t;
        });
        try (NewFileBatch newFiles = new NewFileBatch(root, fsyncs);
             PrayerChunkReadAhead chunks = new PrayerChunkReadAhead(db, ids, chunkSize)) {
            PrayerArchiveHealer healer = new PrayerArchiveHealer(root, dryRun, report, new HashSet<>(), newFiles);
            Map<String, String> pointers = new LinkedHashMap<>();
            List<HealPrayerStates.Settled> settled = new ArrayList<>();
            while (chunks.hasNext()) {
                PrayerChunkReadAhead.HealChunk chunk = chunks.next();
                Map<String, String> chunkPointers = new LinkedHashMap<>();
                Set<String> noted = new HashSet<>();
                for (int i = 0; i < chunk.prayers().size(); i++) {
                    PrayerRow p = chunk.prayers().get(i);
                    PrayerActivityLines.Result lines = chunk.lines().get(i);
                    lines.notes().forEach(report::note);
                    if (!lines.notes().isEmpty()) {
                        noted.add(p.id());
                    }
                    healer.heal(p, lines.entries()).ifPresent(relative -> {
                        String stored = ArchiveRoot.stored(relative);
                        if (!stored.equals(p.textFilePath())) {
                            chunkPointers.put(p.id(), stored);
                        }
                    });
                }
                Set<String> notCreated = healer.flush();
                chunkPointers.values().removeIf(stored -> notCreated.contains(
                        stored.substring(ArchiveRoot.STORED_PREFIX.length())));
                pointers.putAll(chunkPointers);
                for (PrayerArchiveHealer.Settled s : healer.takeSettled()) {
                    Long changes = chunk.changes().get(s.prayerId());
                    if (changes != null && !noted.contains(s.prayerId())) {
                        SettledPrayers.record(root, s.files()).ifPresent(files ->
                                settled.add(new HealPrayerStates.Settled(s.prayerId(), changes, files)));
                    }
                }
                if (pointers.size() >= POINTER_BATCH || settled.size() >= POINTER_BATCH) {
                    updatePrayers(db, dryRun, report, pointers, settled);
                }
            }
            updatePrayers(db, dryRun, report, pointers, settled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop unfinished prayer files", e);
        } finally {
            fsyncs.shutdownNow();
        }
    }

    /**
     * Sets the prayers' pointers, then records what was settled ({@link SettledPrayers}), once their files are
     * durable; clears both.
     */
    private static void updatePrayers(Database db, boolean dryRun, HealReport.Builder report,
                                      Map<String, String> pointers, List<HealPrayerStates.Settled> settled) {
        updatePointers(db, dryRun, report, "prayer", "id", pointers);
        if (!dryRun && !settled.isEmpty()) {
            db.runInTransaction(c -> HealPrayerStates.settle(c, settled));
        }
        pointers.clear();
        settled.clear();
    }

    /** Sets {@code table.text_file_path} for each key, after the files are written (archive first). */
    static void updatePointers(Database db, boolean dryRun, HealReport.Builder report, String table, String keyColumn,
                               Map<String, String> paths) {
        paths.forEach((key, path) -> report.pointer(table, key + " → " + path));
        if (dryRun || paths.isEmpty()) {
            return;
        }
        db.runInTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE \"" + table + "\" SET text_file_path = ? WHERE " + keyColumn + " = ?")) {
                for (Map.Entry<String, String> e : paths.entrySet()) {
                    ps.setString(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.executeUpdate();
                }
            }
        });
    }
}
