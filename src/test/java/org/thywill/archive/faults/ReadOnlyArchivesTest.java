package org.thywill.archive.faults;

import org.thywill.archive.testing.Tmpfs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.ArchiveTrees;
import org.thywill.archive.testing.Samples;
import org.thywill.archive.testing.Zips;

/**
 * A read-only archive folder (a tmpfs remounted {@code ro}: root ignores file modes) during {@code heal-archives}
 * and {@code import text-archives}: heal fails with "Read-only file system" naming the file, the tree and the
 * database are unchanged, and heal succeeds once the folder is writable again; importing the tree itself only
 * reads it and succeeds; importing a ZIP, which must merge into the tree, fails whole with the same clear error.
 */
class ReadOnlyArchivesTest {

    @TempDir
    Path dir;

    @Test
    void healFailsClearlyAndChangesNothingThenSucceedsOnceWritable() throws Exception {
        Path db = Samples.copyDatabase("tiny", dir.resolve("thywill.db"));
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("disk"), 16L << 20)) {
            Path archives = Samples.copyArchives("tiny", disk.path().resolve("text_archives"));
            DatabaseLockedTest.deleteTree(archives.resolve("prayers"));
            disk.readOnly();
            Map<String, String> before = ArchiveTrees.state(archives);
            ArchivePrecisionSnapshot dbBefore = ArchivePrecisionSnapshot.of(db);

            Cli ro = Cli.run(db, archives, dir.resolve("backups"), null, "heal-archives");

            assertThat(ro.exitCode()).as(ro.printed()).isNotZero();
            assertThat(ro.out() + ro.err()).as(ro.printed()).contains("Read-only file system")
                    .contains(archives.resolve("prayers").toString());
            assertThat(ArchiveTrees.state(archives)).isEqualTo(before);
            assertThat(ArchivePrecisionSnapshot.of(db)).isEqualTo(dbBefore);

            disk.readWrite();
            Cli retry = Cli.run(db, archives, dir.resolve("backups"), null, "heal-archives");
            assertThat(retry.exitCode()).as(retry.printed()).isZero();
            assertThat(DatabaseLockedTest.filesUnder(archives.resolve("prayers"))).hasSize(15);
        }
    }

    @Test
    void importReadsAReadOnlyTreeButAZipThatMustBeMergedFailsWhole() throws Exception {
        Path db = Samples.copyDatabase("tiny", dir.resolve("thywill.db"));
        Path zip = Zips.zipTree(Samples.archives("tiny").resolve("prayers"), "prayers/", dir.resolve("prayers.zip"));
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("disk"), 16L << 20)) {
            Path archives = Samples.copyArchives("tiny", disk.path().resolve("text_archives"));
            DatabaseLockedTest.deleteTree(archives.resolve("prayers"));
            disk.readOnly();
            Map<String, String> before = ArchiveTrees.state(archives);
            ArchivePrecisionSnapshot dbBefore = ArchivePrecisionSnapshot.of(db);

            Cli tree = Cli.run(db, archives, dir.resolve("backups"), null, "import", "text-archives");
            assertThat(tree.exitCode()).as(tree.printed()).isZero();

            Cli fromZip = Cli.run(db, archives, dir.resolve("backups"), null, "import", "text-archives",
                    "--from", zip.toString());
            assertThat(fromZip.exitCode()).as(fromZip.printed()).isNotZero();
            assertThat(fromZip.out() + fromZip.err()).as(fromZip.printed()).contains("Read-only file system")
                    .contains(archives.toString());
            assertThat(ArchiveTrees.state(archives)).isEqualTo(before);
            assertThat(ArchivePrecisionSnapshot.of(db)).isEqualTo(dbBefore);
            assertThat(Files.exists(archives.resolve("prayers"))).isFalse();
        }
    }
}
