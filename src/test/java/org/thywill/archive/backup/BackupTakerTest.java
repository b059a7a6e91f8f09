package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;
import org.thywill.archive.testing.Samples;

class BackupTakerTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-22T03:44:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileAnotherThreadInsertsVerifiesAndHoldsOnlyWholeTransactions() throws Exception {
        Path live = dir.resolve("thywill.db");
        int size = 40;
        try (Database db = LiveDatabases.withLoad(live, 200, size, 200)) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger groups = new AtomicInteger(200);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> writing = writer.submit(() -> {
                while (!stop.get()) {
                    LiveDatabases.insertGroup(db, groups.getAndIncrement(), size, 200);
                }
            });
            try {
                BackupTaker taker = new BackupTaker(live, dir.resolve("backups"), 10_000, Clock.systemUTC());
                List<BackupResult> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    results.add(taker.take(BackupTier.HOURLY));
                    // group number `next` is begun only after this backup's snapshot; once the counter passes
                    // next + 1 it is committed, so the next backup holds more
                    int next = groups.get();
                    waitUntil(() -> groups.get() > next + 1);
                }
                stop.set(true);
                writing.get();
                for (BackupResult r : results) {
                    VerifyReport v = new BackupVerifier().verify(r.file(), false);
                    assertThat(v.problems()).as(r.file().toString()).isEmpty();
                    try (Connection c = LiveDatabases.readOnly(r.file()); Statement st = c.createStatement()) {
                        ResultSet partial = st.executeQuery(
                                "SELECT grp, count(*) FROM load GROUP BY grp HAVING count(*) <> " + size);
                        assertThat(partial.next()).as("a group only partly in " + r.file()).isFalse();
                        ResultSet gaps = st.executeQuery("SELECT count(DISTINCT grp), max(grp) FROM load");
                        gaps.next();
                        assertThat(gaps.getLong(1)).as("groups are committed in order").isEqualTo(gaps.getLong(2) + 1);
                        assertThat(gaps.getLong(1)).isEqualTo(r.tables().get("load") / size);
                    }
                }
                assertThat(results).extracting(BackupResult::tables)
                        .extracting(t -> t.get("load")).doesNotHaveDuplicates();
            } finally {
                stop.set(true);
                writer.shutdownNow();
            }
        }
    }

    @Test
    void aBackupOpenedInAFreshPlaceEqualsItsSource() throws Exception {
        Path live = dir.resolve("live/thywill.db");
        Files.createDirectories(live.getParent());
        Files.copy(Samples.database("tiny"), live);
        BackupResult r = new BackupTaker(live, dir.resolve("backups"), 10_000, FIXED).take(BackupTier.DAILY);

        Path fresh = Files.createDirectories(dir.resolve("elsewhere")).resolve("restored.db");
        Files.copy(r.file(), fresh);
        assertThat(LiveDatabases.content(fresh)).isEqualTo(LiveDatabases.content(live));
        assertThat(r.tables()).containsEntry("user", (long) LiveDatabases.content(live).get("user").size());
        assertThat(r.file()).isEqualTo(dir.resolve("backups/daily/thywill_daily_20261122_034405.db"));
    }

    @Test
    void theBackupHasASidecarNamingItRelativelyAndAManifest() throws Exception {
        Path live = dir.resolve("thywill.db");
        LiveDatabases.withLoad(live, 3, 5, 10).close();
        BackupResult r = new BackupTaker(live, dir.resolve("backups"), 10_000, FIXED).take(BackupTier.WEEKLY);

        String name = "thywill_weekly_20261122_034405.db";
        assertThat(r.file().getFileName().toString()).isEqualTo(name);
        assertThat(Files.readString(r.file().resolveSibling(name + ".sha256")))
                .isEqualTo(Sha256Sidecar.hash(r.file()) + "  " + name + "\n");
        BackupManifest m = ManifestJson.read(r.file().resolveSibling(name + ".manifest.json"));
        assertThat(m.file()).isEqualTo(name);
        assertThat(m.tier()).isEqualTo("weekly");
        assertThat(m.createdAt()).isEqualTo(FIXED.instant());
        assertThat(m.source()).isEqualTo(live.toAbsolutePath().toString());
        assertThat(m.sizeBytes()).isEqualTo(Files.size(r.file()));
        assertThat(m.sha256()).isEqualTo(r.sha256());
        assertThat(m.schemaVersion()).isEqualTo("4");
        assertThat(m.tables()).containsEntry("load", 15L).containsEntry("prayer", 0L)
                .containsKey("flyway_schema_history");
        assertThat(files(r.file().getParent())).containsExactly(name, name + ".manifest.json", name + ".sha256");
        Path sha256sum = Path.of("/usr/bin/sha256sum");
        if (Files.isExecutable(sha256sum)) {
            Process p = new ProcessBuilder(sha256sum.toString(), "-c", name + ".sha256")
                    .directory(r.file().getParent().toFile()).redirectErrorStream(true).start();
            assertThat(new String(p.getInputStream().readAllBytes())).isEqualTo(name + ": OK\n");
            assertThat(p.waitFor()).isZero();
        }
    }

    @Test
    void backupsInTheSameSecondGetNumberedNamesAndNeverReplaceOneAnother() throws Exception {
        Path live = dir.resolve("thywill.db");
        LiveDatabases.withLoad(live, 1, 1, 1).close();
        BackupTaker taker = new BackupTaker(live, dir.resolve("backups"), 10_000, FIXED);
        Path first = taker.take(BackupTier.HOURLY).file();
        byte[] firstBytes = Files.readAllBytes(first);
        Path second = taker.take(BackupTier.HOURLY).file();
        Path third = taker.take(BackupTier.HOURLY).file();
        assertThat(List.of(first, second, third)).extracting(p -> p.getFileName().toString()).containsExactly(
                "thywill_hourly_20261122_034405.db", "thywill_hourly_20261122_034405_2.db",
                "thywill_hourly_20261122_034405_3.db");
        assertThat(Files.readAllBytes(first)).isEqualTo(firstBytes);
        for (Path p : List.of(first, second, third)) {
            assertThat(new BackupVerifier().verify(p, false).problems()).isEmpty();
        }
    }

    @Test
    void aMissingDatabaseIsAClearFailureThatCreatesNothing() {
        BackupTaker taker = new BackupTaker(dir.resolve("none.db"), dir.resolve("backups"), 10_000, FIXED);
        assertThatThrownBy(() -> taker.take(BackupTier.DAILY)).isInstanceOf(BackupException.class)
                .hasMessageContaining("no database to back up at " + dir.resolve("none.db"));
        assertThat(dir.resolve("none.db")).doesNotExist();
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseFailsAndLeavesNothingBehind() throws Exception {
        Path live = dir.resolve("thywill.db");
        Files.writeString(live, "not a database, just text\n".repeat(200));
        byte[] before = Files.readAllBytes(live);
        BackupTaker taker = new BackupTaker(live, dir.resolve("backups"), 10_000, FIXED);
        assertThatThrownBy(() -> taker.take(BackupTier.DAILY)).isInstanceOf(BackupException.class)
                .hasMessageContaining("backup of " + live + " failed")
                .hasMessageContaining("nothing was kept under a final name");
        assertThat(files(dir.resolve("backups/daily"))).isEmpty();
        assertThat(Files.readAllBytes(live)).isEqualTo(before);
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 30 s");
            }
            Thread.sleep(5);
        }
    }

    static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
