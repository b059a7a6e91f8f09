package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cleanup prunes the copies under the remote target by the tiers' retention, with a fixed clock. */
class RemotePruningTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    private Path live;
    private Path root;
    private Path remote;

    @BeforeEach
    void database() throws Exception {
        live = dir.resolve("thywill.db");
        root = dir.resolve("backups");
        remote = Files.createDirectories(dir.resolve("remote_backups"));
        LiveDatabases.withLoad(live, 2, 2, 10).close();
    }

    /** A backup taken {@code ago}, copied flat into the remote folder (as CamelRemoteCopier does); the remote copy. */
    private Path remoteCopyAt(Duration ago, BackupTier tier) throws Exception {
        Path local = new BackupTaker(live, root, 10_000, Clock.fixed(NOW.minus(ago), ZoneOffset.UTC)).take(tier).file();
        String name = local.getFileName().toString();
        for (String f : List.of(name, name + ".sha256", name + ".manifest.json")) {
            Files.copy(local.resolveSibling(f), remote.resolve(f));
        }
        return remote.resolve(name);
    }

    private RemoteCopier fileTarget() {
        return new RemoteCopier() {
            @Override
            public RemoteCopyResult copy(Path backup) {
                throw new UnsupportedOperationException("not copying in this test");
            }

            @Override
            public String target() {
                return "file:" + remote;
            }

            @Override
            public Optional<Path> localFolder() {
                return Optional.of(remote);
            }
        };
    }

    private CleanupReport cleanup(RemoteCopier target, boolean dryRun) throws Exception {
        return new BackupCleaner(root, new BackupVerifier(), Clock.fixed(NOW, ZoneOffset.UTC), target).cleanup(dryRun);
    }

    private static void flipAByte(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(1500);
            int b = f.read();
            f.seek(1500);
            f.write(b ^ 0x10);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    @Test
    void expiredRemoteCopiesAreDeletedAndEachTiersNewestVerifiedCopyIsKept() throws Exception {
        Path hourKept = remoteCopyAt(Duration.ofHours(48).minus(MINUTE), BackupTier.HOURLY);
        Path hourGone = remoteCopyAt(Duration.ofHours(48).plus(MINUTE), BackupTier.HOURLY);
        Path dayKept = remoteCopyAt(Duration.ofDays(1), BackupTier.DAILY);
        Path dayGone = remoteCopyAt(Duration.ofDays(30).plus(MINUTE), BackupTier.DAILY);
        // every weekly copy expired: the newest one is damaged, so the older good one is the one kept
        Path weekDamaged = remoteCopyAt(Duration.ofDays(90), BackupTier.WEEKLY);
        flipAByte(weekDamaged);
        Path weekNewestVerified = remoteCopyAt(Duration.ofDays(100), BackupTier.WEEKLY);
        Path weekGone = remoteCopyAt(Duration.ofDays(110), BackupTier.WEEKLY);

        CleanupReport r = cleanup(fileTarget(), false);
        RemotePruning p = r.remote();
        assertThat(p.pruned()).isTrue();
        assertThat(p.target()).isEqualTo("file:" + remote);
        assertThat(p.note()).isEqualTo("pruned " + remote);
        assertThat(p.deleted()).containsExactlyInAnyOrder(name(hourGone), name(dayGone), name(weekDamaged), name(weekGone));
        assertThat(p.keptNewest()).containsExactly(name(weekNewestVerified));
        assertThat(r.problems()).isEmpty();
        for (Path gone : List.of(hourGone, dayGone, weekDamaged, weekGone)) {
            assertThat(gone).doesNotExist();
            assertThat(gone.resolveSibling(name(gone) + ".sha256")).doesNotExist();
            assertThat(gone.resolveSibling(name(gone) + ".manifest.json")).doesNotExist();
        }
        for (Path kept : List.of(hourKept, dayKept, weekNewestVerified)) {
            assertThat(kept).exists();
            assertThat(kept.resolveSibling(name(kept) + ".sha256")).exists();
        }
        // the local backups follow the same rules independently (the local weekly copy at 90 days is not damaged)
        assertThat(r.deleted()).contains("hourly/" + name(hourGone), "weekly/" + name(weekNewestVerified));
        assertThat(r.keptNewest()).containsExactly("weekly/" + name(weekDamaged));
        assertThat(cleanup(fileTarget(), false).remote().deleted()).isEmpty();
    }

    @Test
    void aDryRunDeletesNoRemoteCopy() throws Exception {
        remoteCopyAt(Duration.ofHours(1), BackupTier.HOURLY);
        Path expired = remoteCopyAt(Duration.ofHours(49), BackupTier.HOURLY);
        Path partial = Files.writeString(remote.resolve(".thywill_hourly_20261120_100000.db.part"), "half a copy");
        Files.setLastModifiedTime(partial, FileTime.from(NOW.minus(Duration.ofDays(2))));
        Path recentPartial = Files.writeString(remote.resolve(".thywill_hourly_20261122_115900.db.part"), "copying");
        Files.setLastModifiedTime(recentPartial, FileTime.from(NOW.minus(MINUTE)));

        RemotePruning dry = cleanup(fileTarget(), true).remote();
        assertThat(dry.deleted()).containsExactly(name(expired));
        assertThat(dry.staleTemps()).containsExactly(name(partial));
        assertThat(expired).exists();
        assertThat(partial).exists();

        RemotePruning real = cleanup(fileTarget(), false).remote();
        assertThat(real.deleted()).containsExactly(name(expired));
        assertThat(real.staleTemps()).containsExactly(name(partial));
        assertThat(expired).doesNotExist();
        assertThat(partial).doesNotExist();
        assertThat(recentPartial).exists();
    }

    @Test
    void theCamelTargetIsPrunedWhenItIsAFileFolderAndReportedNotPrunedOtherwise() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            BackupService withFolder = new BackupService(live, root, 10_000,
                    new CamelRemoteCopier(context, "file:" + root + "/../remote_backups"), Clock.fixed(NOW, ZoneOffset.UTC));
            Path expired = remoteCopyAt(Duration.ofDays(3), BackupTier.HOURLY);
            remoteCopyAt(Duration.ofHours(2), BackupTier.HOURLY);
            RemotePruning pruned = withFolder.cleanup(false).remote();
            assertThat(pruned.pruned()).isTrue();
            assertThat(pruned.note()).isEqualTo("pruned " + remote);
            assertThat(pruned.deleted()).containsExactly(name(expired));

            Path other = remoteCopyAt(Duration.ofDays(3), BackupTier.DAILY);
            BackupService elsewhere = new BackupService(live, root, 10_000,
                    new CamelRemoteCopier(context, "direct:offsite"), Clock.fixed(NOW, ZoneOffset.UTC));
            CleanupReport r = elsewhere.cleanup(false);
            assertThat(r.remote().pruned()).isFalse();
            assertThat(r.remote().target()).isEqualTo("direct:offsite");
            assertThat(r.remote().note()).isEqualTo("not pruned: only a file: target's copies can be listed and deleted");
            assertThat(r.remote().deleted()).isEmpty();
            assertThat(other).exists();
        }
    }

    @Test
    void withoutARemoteTargetTheReportSaysSo() throws Exception {
        RemotePruning none = cleanup(RemoteCopier.NONE, false).remote();
        assertThat(none.target()).isNull();
        assertThat(none.pruned()).isFalse();
        assertThat(none.note()).isEqualTo("no remote target configured");
    }
}
