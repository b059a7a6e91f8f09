package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thywill.archive.testing.Tmpfs;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk filling up during a backup, on a real size-limited tmpfs (needs root and permission to mount; skipped
 * otherwise): a clear error, no backup under a final name, no temp file left, the live database untouched.
 */
class DiskFullTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-22T03:44:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path mount;
    private Tmpfs tmpfs;

    @BeforeEach
    void createMountPoint() throws IOException {
        mount = Files.createDirectories(dir.resolve("small"));
    }

    @AfterEach
    void unmount() throws Exception {
        if (tmpfs != null) {
            tmpfs.close();
        }
    }

    @Test
    void theDiskFillingUpDuringTheSnapshotLeavesNothingBehind() throws Exception {
        Path live = dir.resolve("thywill.db");
        LiveDatabases.withLoad(live, 200, 20, 200).close();
        tmpfs = Tmpfs.mount(mount, 64 * 1024);
        byte[] before = Files.readAllBytes(live);

        BackupTaker taker = new BackupTaker(live, mount.resolve("backups"), 10_000, FIXED);
        assertThatThrownBy(() -> taker.take(BackupTier.DAILY)).isInstanceOf(BackupException.class)
                .hasMessageContaining("backup of " + live + " failed: the disk is full")
                .hasMessageContaining("nothing was kept under a final name and the database was not changed");
        assertThat(BackupTakerTest.files(mount.resolve("backups/daily"))).isEmpty();
        assertThat(Files.readAllBytes(live)).isEqualTo(before);
        assertThat(new BackupVerifier().verify(live, true).problems()).isEmpty();
    }

    @Test
    void theDiskFillingUpWhileTheSidecarsAreWrittenLeavesNothingBehind() throws Exception {
        Path live = dir.resolve("thywill.db");
        LiveDatabases.withLoad(live, 200, 20, 200).close();
        long snapshot = new BackupTaker(live, dir.resolve("measure"), 10_000, FIXED).take(BackupTier.DAILY).sizeBytes();
        // room for the snapshot and the sidecar (one page each rounded up), not for the manifest
        tmpfs = Tmpfs.mount(mount, roundUp(snapshot) + 4096);
        byte[] before = Files.readAllBytes(live);

        BackupTaker taker = new BackupTaker(live, mount.resolve("backups"), 10_000, FIXED);
        assertThatThrownBy(() -> taker.take(BackupTier.DAILY)).isInstanceOf(BackupException.class)
                .hasMessageContaining("failed: the disk is full");
        assertThat(BackupTakerTest.files(mount.resolve("backups/daily"))).isEmpty();
        assertThat(Files.readAllBytes(live)).isEqualTo(before);
    }

    private static long roundUp(long bytes) {
        return (bytes + 4095) / 4096 * 4096;
    }
}
