package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.backup.BackupVerifier;
import org.thywill.archive.backup.DatabaseRelease;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.DbCounts;
import org.thywill.archive.testing.Samples;

/**
 * {@code full-recovery} on real SQLite files and real archive trees (copies of the samples): what the database lost
 * comes back from the archives, what only the database knows survives, a second run changes nothing, and no user
 * or role is made up.
 */
class FullRecoveryServiceTest {

    /** Community's prayer whose every row (prayer, marks, attributes, logs) the first test deletes. */
    private static final String LOST_PRAYER = "(SELECT id FROM prayer WHERE id IN (SELECT prayer_id FROM prayer_attributes)"
            + " AND id IN (SELECT prayer_id FROM prayermark) ORDER BY id LIMIT 1)";
    private static final List<String> DATA_TABLES = List.of("user", "prayer", "prayermark", "prayer_attributes",
            "prayer_activity_log", "session", "invitetoken", "invite_token_usage", "prayerskip", "role", "user_roles");
    private static final String SKIPS_FILE = "prayers/skips/2024_03_skips.txt";

    @TempDir
    Path dir;

    private final RecordingRoutes routes = new RecordingRoutes("archive-watcher", "import-archive-file");

    private FullRecoveryService service(RecoveryFixture f) {
        return new FullRecoveryService(f.settings(), dir.resolve("backups"), routes, DatabaseRelease.NONE,
                Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void rowsOfEveryKindDeletedComeBackAndASecondRunChangesNothing() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("community", dir);
        Path skipped = writeSkip(f, "00e359771de640f89558303454706a08", "Betty L.");
        Map<String, Integer> original = counts(Samples.database("community"));
        f.sql("DELETE FROM prayermark WHERE prayer_id = " + LOST_PRAYER);
        f.sql("DELETE FROM prayer_attributes WHERE prayer_id = " + LOST_PRAYER);
        f.sql("DELETE FROM prayer_activity_log WHERE prayer_id = " + LOST_PRAYER);
        f.sql("DELETE FROM prayer WHERE id NOT IN (SELECT prayer_id FROM prayermark)");
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark ORDER BY created_at DESC LIMIT 7)");
        f.sql("DELETE FROM prayer_attributes WHERE rowid IN (SELECT rowid FROM prayer_attributes ORDER BY rowid LIMIT 4)");
        f.sql("DELETE FROM prayer_activity_log WHERE rowid IN (SELECT rowid FROM prayer_activity_log"
                + " WHERE action <> 'prayed' ORDER BY rowid LIMIT 5)");
        f.sql("DELETE FROM user WHERE display_name IN ('Grace', 'robert_robinson')");
        f.sql("DELETE FROM session WHERE rowid IN (SELECT rowid FROM session ORDER BY rowid LIMIT 3)");
        f.sql("DELETE FROM invite_token_usage WHERE rowid IN (SELECT rowid FROM invite_token_usage ORDER BY rowid"
                + " LIMIT 2)");
        f.sql("DELETE FROM invitetoken WHERE token IN (SELECT invite_token_id FROM invite_token_usage ORDER BY rowid"
                + " LIMIT 2)");
        Map<String, Integer> damaged = counts(f.database());
        for (String table : List.of("user", "prayer", "prayermark", "prayer_attributes", "prayer_activity_log",
                "session", "invitetoken", "invite_token_usage")) {
            assertThat(damaged.get(table)).as(table).isLessThan(original.get(table));
        }

        FullRecoveryReport r = service(f).recover();

        assertThat(r.swapped()).isTrue();
        assertThat(r.newDatabase()).isFalse();
        assertThat(r.files()).containsEntry("imported", 206).containsEntry("rejected", 0);
        assertThat(r.inserted()).containsOnlyKeys("user", "prayer", "prayermark", "prayer_attributes",
                "prayer_activity_log", "session", "invitetoken", "invite_token_usage", "prayerskip");
        assertThat(ArchivePrecisionSnapshot.of(f.database()))
                .isEqualTo(ArchivePrecisionSnapshot.of(Samples.database("community")));
        Map<String, Integer> expected = new TreeMap<>(original);
        expected.put("prayerskip", 1);
        assertThat(counts(f.database())).isEqualTo(expected);
        assertThat(DbCounts.count(f.database(), "prayerskip where prayer_id = '00e359771de640f89558303454706a08'"
                + " and user_id = 'Betty L.' and created_at like '2024-03-05 10:00%'")).isEqualTo(1);
        assertThat(r.backup()).isEqualTo(dir.resolve("backups/pre_restore/thywill_pre_restore_20261122_080000.db"));
        assertThat(new BackupVerifier().verify(r.backup(), false).problems()).isEmpty();
        assertThat(counts(r.backup())).as("the backup is the database as it was").isEqualTo(damaged);
        assertThat(r.rowsBefore()).containsEntry("prayermark", (long) damaged.get("prayermark"));
        assertThat(r.rowsAfter()).containsEntry("prayermark", (long) original.get("prayermark"));
        assertThat(r.schema().ok()).isTrue();
        assertThat(r.routesStopped()).containsExactly("archive-watcher", "import-archive-file");
        assertThat(r.routesRestarted()).containsExactly("import-archive-file", "archive-watcher");
        assertThat(r.problems()).isEmpty();
        assertThat(r.hasProblems()).isFalse();
        assertThat(besideDatabase(f)).containsExactly(f.database().getFileName().toString(),
                f.database().getFileName() + "-replace.lock");
        assertThat(skipped).exists();

        String sha = SqliteFacts.fileSha256(f.database());
        long mtime = Files.getLastModifiedTime(f.database()).toMillis();
        Thread.sleep(20);
        FullRecoveryReport again = service(f).recover();

        assertThat(again.swapped()).isFalse();
        assertThat(again.swapNote()).contains("nothing was inserted or completed");
        assertThat(again.inserted()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(SqliteFacts.fileSha256(f.database())).isEqualTo(sha);
        assertThat(Files.getLastModifiedTime(f.database()).toMillis()).isEqualTo(mtime);
        assertThat(besideDatabase(f)).containsExactly(f.database().getFileName().toString(),
                f.database().getFileName() + "-replace.lock");
        assertThat(routes.events).endsWith("stop archive-watcher", "stop import-archive-file",
                "start import-archive-file", "start archive-watcher");
    }

    @Test
    void onAnIntactSampleNothingIsSwappedAndNotAByteChanges() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        String sha = SqliteFacts.fileSha256(f.database());
        long mtime = Files.getLastModifiedTime(f.database()).toMillis();

        FullRecoveryReport r = service(f).recover();

        assertThat(r.swapped()).isFalse();
        assertThat(r.totalInserted()).isZero();
        assertThat(r.backup()).exists();
        assertThat(SqliteFacts.fileSha256(f.database())).isEqualTo(sha);
        assertThat(Files.getLastModifiedTime(f.database()).toMillis()).isEqualTo(mtime);
        assertThat(besideDatabase(f)).containsExactly(f.database().getFileName().toString(),
                f.database().getFileName() + "-replace.lock");
    }

    @Test
    void rowsOnlyTheDatabaseKnowsSurvive() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("community", dir);
        f.sql("INSERT INTO user (display_name, created_at, welcome_message_dismissed, is_supporter)"
                + " VALUES ('Only In The Database', '2025-01-30 10:00:00.000000', 0, 0)");
        f.sql("INSERT INTO prayer (id, author_username, text, created_at, flagged, safety_score, safety_flags,"
                + " categorization_method, specificity_type, specificity_confidence, subject_category) VALUES"
                + " ('feedfacefeedfacefeedfacefeedface', 'Only In The Database', 'No file was ever written for me',"
                + " '2025-01-30 10:01:00.000000', 0, 1.0, '[]', 'default', 'unknown', 0.0, 'general')");
        f.sql("INSERT INTO prayermark (id, username, prayer_id, created_at) VALUES ('dbonly1', 'Betty L.',"
                + " 'feedfacefeedfacefeedfacefeedface', '2025-01-30 10:02:00.000000')");
        // one more mark in the very minute of an archived one: the multiset keeps the database's extra row
        f.sql("INSERT INTO prayermark (id, username, prayer_id, created_at) SELECT 'dbonly2', username, prayer_id,"
                + " created_at FROM prayermark ORDER BY created_at LIMIT 1");
        Map<String, Integer> withOwnRows = counts(f.database());
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark WHERE id NOT LIKE 'dbonly%'"
                + " ORDER BY created_at DESC LIMIT 3)");

        FullRecoveryReport r = service(f).recover();

        assertThat(r.swapped()).isTrue();
        assertThat(r.inserted()).isEqualTo(Map.of("prayermark", 3));
        assertThat(counts(f.database())).isEqualTo(withOwnRows);
        assertThat(DbCounts.count(f.database(), "user where display_name = 'Only In The Database'")).isEqualTo(1);
        assertThat(DbCounts.count(f.database(), "prayer where id = 'feedfacefeedfacefeedfacefeedface'"
                + " and text = 'No file was ever written for me'")).isEqualTo(1);
        assertThat(DbCounts.count(f.database(), "prayermark where id in ('dbonly1', 'dbonly2')")).isEqualTo(2);
    }

    @Test
    void withNoLiveDatabaseANewOneIsBuiltFromTheArchives() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("community", dir);
        Path fresh = dir.resolve("new/thywill.db");
        RecoverySettings s = new RecoverySettings(fresh, f.archives(), 64L << 20, 10_000, 10_000, f.temp(), 10);

        FullRecoveryReport r = new FullRecoveryService(s, dir.resolve("backups"), routes, DatabaseRelease.NONE,
                Clock.systemUTC()).recover();

        assertThat(r.newDatabase()).isTrue();
        assertThat(r.backup()).isNull();
        assertThat(r.backupNote()).isEqualTo("no database at " + fresh + ": nothing to back up; a new database is"
                + " built from the archives");
        assertThat(r.swapped()).isTrue();
        assertThat(r.rowsBefore()).isEmpty();
        assertThat(r.files()).containsEntry("imported", 205).containsEntry("rejected", 0);
        assertThat(ArchivePrecisionSnapshot.of(fresh)).isEqualTo(ArchivePrecisionSnapshot.of(
                Samples.database("community")));
        assertThat(DbCounts.count(fresh, "user_roles")).as("B33: no role granted").isZero();
        try (Stream<Path> files = Files.list(fresh.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("thywill.db",
                    "thywill.db-replace.lock");
        }
        assertThat(dir.resolve("backups/pre_restore")).doesNotExist();
        assertThat(routes.events).containsExactly("stop archive-watcher", "stop import-archive-file",
                "start import-archive-file", "start archive-watcher");
    }

    @Test
    void b31_namesInTheArchivesThatAreNoUserMakeNoPhantomUser() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("community", dir);
        Files.writeString(f.archives().resolve("auth/2024_01_security_events.txt"),
                "2024-01-05T10:00:00.000000|failed_login|Intruder Nobody|203.0.113.9|curl/8.0|reason=no such user\n"
                        + "2024-01-05T10:01:00.000000|failed_login|system|203.0.113.9|curl/8.0|reason=no such user\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(f.archives().resolve("system/event_log/session_events_2024_01.txt"),
                "2024-01-05T10:02:00.000000+00:00 - Session 0123456789abcdef0123456789abcdef created for user"
                        + " Phantom Person\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        f.sql("DELETE FROM user WHERE display_name = 'Grace'");
        int usersBefore = DbCounts.count(Samples.database("community"), "user");

        FullRecoveryReport r = service(f).recover();

        assertThat(r.swapped()).isTrue();
        assertThat(r.inserted()).containsEntry("user", 1);
        assertThat(r.files()).containsEntry("rejected", 0);
        assertThat(DbCounts.count(f.database(), "user")).isEqualTo(usersBefore);
        assertThat(DbCounts.count(f.database(), "user where display_name in ('Intruder Nobody', 'system', '',"
                + " 'Phantom Person')")).isZero();
        assertThat(DbCounts.count(f.database(), "user where display_name = 'Grace'")).isEqualTo(1);
    }

    @Test
    void b33_noRoleIsGrantedBeyondWhatTheDatabaseHad() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("community", dir);
        f.sql("DELETE FROM user_roles");
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark ORDER BY created_at LIMIT 1)");

        FullRecoveryReport r = service(f).recover();

        assertThat(r.swapped()).isTrue();
        assertThat(r.inserted()).isEqualTo(Map.of("prayermark", 1));
        assertThat(DbCounts.count(f.database(), "user_roles")).as("nobody made admin").isZero();
        assertThat(DbCounts.count(f.database(), "role")).isEqualTo(3);
    }

    @Test
    void theServicesConnectionsAreReleasedForTheSwapOnlyAndNotAtAllWhenNothingChanged() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        java.util.concurrent.atomic.AtomicInteger releases = new java.util.concurrent.atomic.AtomicInteger();
        DatabaseRelease counting = new DatabaseRelease() {
            @Override
            public <T> T whileReleased(java.util.function.Supplier<T> work) {
                releases.incrementAndGet();
                return work.get();
            }
        };
        FullRecoveryService service = new FullRecoveryService(f.settings(), dir.resolve("backups"), routes, counting,
                Clock.systemUTC());

        assertThat(service.recover().swapped()).isFalse();
        assertThat(releases).hasValue(0);

        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark LIMIT 1)");
        assertThat(service.recover().swapped()).isTrue();
        assertThat(releases).hasValue(1);
    }

    private static Path writeSkip(RecoveryFixture f, String prayerId, String user) throws Exception {
        Path file = f.archives().resolve(SKIPS_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Prayer Skips for March 2024\nFormat: timestamp|prayer_id|user_id\n\n"
                + "March 05 2024 at 10:00|" + prayerId + "|" + user + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        return file;
    }

    static Map<String, Integer> counts(Path db) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : DATA_TABLES) {
            counts.put(table, DbCounts.count(db, table));
        }
        return counts;
    }

    /** The names of the files in the database's folder that start with its name, or are hidden (temp files). */
    static List<String> besideDatabase(RecoveryFixture f) throws Exception {
        String name = f.database().getFileName().toString();
        try (Stream<Path> s = Files.list(f.database().getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(name) || n.startsWith("."))
                    .sorted().toList();
        }
    }
}
