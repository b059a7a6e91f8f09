package org.thywill.archive.faults;

import org.thywill.archive.testing.Tmpfs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.Samples;

/**
 * The disk filling up during {@code import text-archives} (the database's folder is full), {@code heal-archives}
 * (the archive folder is full) and {@code backup} (the backups folder is full), on a size-limited tmpfs: a clear
 * error naming the file and the full disk, nothing half-written under a final name, the database unchanged (no
 * partial import batch), and the same command completes once space is freed.
 */
class DiskFullTest {

    private static final long ROOMY = 16L << 20;

    @TempDir
    Path dir;

    @Test
    void importIntoADatabaseOnAFullDiskChangesNothingAndTheRetryImportsEverything() throws Exception {
        Path archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("disk"), ROOMY)) {
            Path db = Samples.copyDatabase("tiny", disk.path().resolve("thywill.db"));
            ArchivePrecisionSnapshot expected = ArchivePrecisionSnapshot.of(db);
            exec(db, "DELETE FROM prayermark");
            exec(db, "DELETE FROM prayer_activity_log");
            exec(db, "VACUUM");
            ArchivePrecisionSnapshot before = ArchivePrecisionSnapshot.of(db);
            disk.resize(disk.used() + 4096);

            Cli full = Cli.run(db, archives, dir.resolve("backups"), null, "import", "text-archives");

            assertThat(full.exitCode()).as(full.printed()).isNotZero();
            assertThat(full.err()).as(full.printed()).contains(db.toString()).containsAnyOf("disk is full", "No space left on device");
            assertThat(ArchivePrecisionSnapshot.of(db)).as("no partial import batch").isEqualTo(before);

            disk.resize(ROOMY);
            Cli retry = Cli.run(db, archives, dir.resolve("backups"), null, "import", "text-archives");
            assertThat(retry.exitCode()).as(retry.printed()).isZero();
            assertThat(ArchivePrecisionSnapshot.of(db)).isEqualTo(expected);
        }
    }

    @Test
    void healIntoAFullArchiveFolderLeavesNoPartialFileAndTheRetryHealsEverything() throws Exception {
        Path db = Samples.copyDatabase("tiny", dir.resolve("thywill.db"));
        Path reference = Samples.copyArchives("tiny", dir.resolve("reference"));
        DatabaseLockedTest.deleteTree(reference.resolve("prayers"));
        Cli healed = Cli.run(db, reference, dir.resolve("backups"), null, "heal-archives");
        assertThat(healed.exitCode()).as(healed.printed()).isZero();
        Map<String, byte[]> expected = tree(reference);
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("disk"), ROOMY)) {
            Path archives = Samples.copyArchives("tiny", disk.path().resolve("text_archives"));
            DatabaseLockedTest.deleteTree(archives.resolve("prayers"));
            disk.resize(disk.used() + 3 * 4096);

            Cli full = Cli.run(db, archives, dir.resolve("backups"), null, "heal-archives");

            assertThat(full.exitCode()).as(full.printed()).isNotZero();
            assertThat(full.out() + full.err()).as(full.printed()).contains("No space left on device")
                    .containsPattern("text_archives/prayers/\\d{4}/\\d{2}/\\S+\\.txt");
            assertEveryFileIsOneOf(archives, expected);

            disk.resize(ROOMY);
            Cli retry = Cli.run(db, archives, dir.resolve("backups"), null, "heal-archives");
            assertThat(retry.exitCode()).as(retry.printed()).isZero();
            assertEveryFileIsOneOf(archives, expected);
            assertThat(tree(archives).keySet()).isEqualTo(expected.keySet());
        }
    }

    @Test
    void backupIntoAFullFolderKeepsNothingAndTheRetryIsKept() throws Exception {
        Path db = Samples.copyDatabase("tiny", dir.resolve("thywill.db"));
        Path archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("disk"), ROOMY)) {
            Path backups = disk.path().resolve("backups");
            Files.createDirectories(backups);
            disk.resize(disk.used() + 4 * 4096);

            Cli full = Cli.run(db, archives, backups, null, "backup");

            assertThat(full.exitCode()).as(full.printed()).isNotZero();
            assertThat(full.err()).as(full.printed()).contains(db.toString()).contains("disk is full");
            assertThat(DatabaseLockedTest.filesUnder(backups)).as("nothing under a final name").isEmpty();

            disk.resize(ROOMY);
            Cli retry = Cli.run(db, archives, backups, null, "backup");
            assertThat(retry.exitCode()).as(retry.printed()).isZero();
            Path kept = DatabaseLockedTest.filesUnder(backups).stream().filter(p -> p.toString().endsWith(".db"))
                    .findFirst().orElseThrow();
            Cli verify = Cli.run(db, archives, backups, null, "verify", kept.toString());
            assertThat(verify.exitCode()).as(verify.printed()).isZero();
        }
    }

    /** Every file of the tree is byte for byte the expected file at its path: nothing partial, no temp file. */
    static void assertEveryFileIsOneOf(Path archives, Map<String, byte[]> expected) throws Exception {
        for (Map.Entry<String, byte[]> e : tree(archives).entrySet()) {
            assertThat(expected).as("a file expected at %s", e.getKey()).containsKey(e.getKey());
            assertThat(e.getValue()).as("the bytes of %s", e.getKey()).isEqualTo(expected.get(e.getKey()));
        }
    }

    static Map<String, byte[]> tree(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        List<Path> files = DatabaseLockedTest.filesUnder(root);
        for (Path f : files) {
            out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
        return out;
    }

    private static void exec(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
