package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SchemaMigration;
import org.thywill.archive.testing.Samples;

/** restore-safe: an older schema comes out migrated and checked; a copy that cannot be is never put in place. */
class RestoreSafeTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-22T03:44:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path live;

    @BeforeEach
    void aLiveDatabase() throws Exception {
        live = Files.createDirectories(dir.resolve("live")).resolve("thywill.db");
        LiveDatabases.withLoad(live, 3, 5, 10).close();
    }

    private RestoreService service() {
        return new RestoreService(live, dir.resolve("backups"), 2_000, RouteSwitch.NONE, DatabaseRelease.NONE, FIXED);
    }

    private Path backupOf(Path db, String name) {
        return new BackupTaker(db, dir.resolve(name), 10_000, FIXED).take(BackupTier.DAILY).file();
    }

    @Test
    void aBackupOfTheOriginalsDatabaseComesOutMigratedWithEveryRowKept() throws Exception {
        Path original = Files.createDirectories(dir.resolve("original")).resolve("thywill.db");
        Files.copy(Samples.database("tiny"), original);
        Path backup = backupOf(original, "original-backups");
        assertThat(new BackupVerifier().verify(backup, false).schemaVersion()).as("no Flyway history yet").isNull();

        RestoreReport r = service().restoreSafe(backup, false);

        SchemaReport s = r.schema();
        assertThat(r.command()).isEqualTo("restore-safe");
        assertThat(s.versionBefore()).isNull();
        assertThat(s.versionAfter()).isEqualTo(SchemaCheck.current().version()).isEqualTo("4");
        assertThat(s.openedAs()).startsWith("ADOPTED");
        assertThat(s.migrationsApplied()).isPositive();
        assertThat(s.problems()).isEmpty();
        assertThat(s.ok()).isTrue();
        assertThat(r.hasProblems()).isFalse();
        assertThat(LiveDatabases.contentAsOpened(live)).as("every table and row of the original is still there")
                .containsAllEntriesOf(LiveDatabases.content(Samples.database("tiny")))
                .containsKeys("flyway_schema_history", "archive_file_ledger", "reconcile_registration");
        assertThat(BackupTakerTest.files(live.getParent())).containsExactly("thywill.db", "thywill.db-replace.lock");
        try (Database reopened = Database.open(live)) {
            assertThat(reopened.migration().openedAs()).isEqualTo(SchemaMigration.OpenedAs.MANAGED);
            assertThat(reopened.migration().migrationsExecuted()).isZero();
        }
    }

    @Test
    void theOriginalsOwnFileWithoutSidecarNeedsAllowMissingChecksum() throws Exception {
        Path original = Files.createDirectories(dir.resolve("old")).resolve("thywill_daily_20250101_020000.db");
        Files.copy(Samples.database("tiny"), original);
        String before = Sha256Sidecar.hash(live);

        assertThatThrownBy(() -> service().restoreSafe(original, false))
                .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                        .isEqualTo(RestoreException.Reason.BACKUP_REJECTED))
                .hasMessage("restore refused: " + original + " does not verify: no checksum sidecar"
                        + " thywill_daily_20250101_020000.db.sha256 (use --allow-missing-checksum for a backup that"
                        + " never had one); no manifest thywill_daily_20250101_020000.db.manifest.json; nothing was"
                        + " changed");
        assertThat(Sha256Sidecar.hash(live)).isEqualTo(before);

        RestoreReport r = service().restoreSafe(original, true);
        assertThat(r.schema().ok()).isTrue();
        assertThat(r.schema().versionAfter()).isEqualTo("4");
        assertThat(LiveDatabases.contentAsOpened(live)).containsAllEntriesOf(
                LiveDatabases.content(Samples.database("tiny")));
    }

    @Test
    void aBackupOfTheCurrentSchemaRunsNoMigration() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source")).resolve("thywill.db");
        LiveDatabases.withLoad(source, 10, 10, 10).close();
        Path backup = backupOf(source, "backups");

        RestoreReport r = service().restoreSafe(backup, false);

        assertThat(r.schema()).isEqualTo(new SchemaReport("4", "4", "MANAGED", 0, true, List.of(), 0, List.of()));
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
        assertThat(r.preRestoreBackup()).isEqualTo(dir.resolve("backups/pre_restore/thywill_pre_restore_20261122_034405.db"));
    }

    @Test
    void aCopyThatLacksPartOfTheCurrentSchemaIsRefusedAndTheLiveDatabaseKept() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source")).resolve("thywill.db");
        try (Database db = Database.open(source)) {
            db.runInTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE archive_file_ledger");
                    st.execute("DROP INDEX reconcile_ix_prayermark_prayer");
                }
            });
        }
        Path backup = backupOf(source, "backups");
        Map<String, List<String>> before = LiveDatabases.contentAsOpened(live);

        assertThatThrownBy(() -> service().restoreSafe(backup, false))
                .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                        .isEqualTo(RestoreException.Reason.BACKUP_REJECTED))
                .hasMessage("restore refused: the migrated copy of " + backup + " does not have the current schema:"
                        + " table archive_file_ledger is missing; missing index(es) [reconcile_ix_prayermark_prayer];"
                        + " the database " + live + " was not changed; its pre-restore copy is "
                        + dir.resolve("backups/pre_restore/thywill_pre_restore_20261122_034405.db")
                        + "; no route had to be stopped");
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(before);
        assertThat(BackupTakerTest.files(live.getParent())).as("no temp file, no -wal of it")
                .allMatch(n -> n.startsWith("thywill.db"));
    }

    @Test
    void foreignKeyViolationsAreReportedNotRefused() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source")).resolve("thywill.db");
        try (Database db = Database.open(source)) {
            db.runInTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO prayermark (id, username, prayer_id, created_at)"
                            + " VALUES ('m1', 'Nobody Registered', 'p1', '2024-06-05 09:07:00.000000')");
                }
            });
        }
        Path backup = backupOf(source, "backups");

        RestoreReport r = service().restoreSafe(backup, false);

        assertThat(r.schema().ok()).isTrue();
        assertThat(r.schema().foreignKeyViolations()).isEqualTo(1);
        assertThat(r.schema().foreignKeySample()).containsExactly("prayermark rowid 1 -> user");
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
    }

    @Test
    void aSoundBackupThatTheStoreCouldNotOpenIsRefused() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source")).resolve("thywill.db");
        try (Database db = Database.open(source)) {
            db.runInTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    // the store never alters the original's tables: a user table without a column it needs is refused
                    st.execute("ALTER TABLE user DROP COLUMN text_file_path");
                }
            });
        }
        Path backup = backupOf(source, "backups");
        String before = Sha256Sidecar.hash(live);

        assertThatThrownBy(() -> service().restoreSafe(backup, false))
                .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                        .isEqualTo(RestoreException.Reason.BACKUP_REJECTED))
                .hasMessageStartingWith("restore refused: " + backup + ": its tables lack column(s) the store needs,"
                        + " so the service could not open it: [user.text_file_path]; the database " + live
                        + " was not changed");
        assertThat(Sha256Sidecar.hash(live)).isEqualTo(before);
        assertThat(BackupTakerTest.files(live.getParent())).allMatch(n -> n.startsWith("thywill.db"));
    }
}
