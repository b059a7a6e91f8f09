package org.thywill.archive.backup;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The backup jobs behind the routes {@code backup}, {@code verify-backup}, {@code list-backups} and
 * {@code cleanup-backups}.
 */
public final class BackupService {

    private final BackupTaker taker;
    private final RemoteCopier remote;
    private final BackupVerifier verifier = new BackupVerifier();
    private final BackupLister lister;
    private final BackupCleaner cleaner;

    public BackupService(Path database, Path root, int busyTimeoutMs, RemoteCopier remote, Clock clock) {
        this.taker = new BackupTaker(database, root, busyTimeoutMs, clock);
        this.remote = remote;
        this.lister = new BackupLister(root, verifier, clock);
        this.cleaner = new BackupCleaner(root, verifier, clock, remote);
    }

    /** Takes a backup of the tier ({@code hourly}, {@code daily}, {@code weekly}; null = daily), then copies it. */
    public BackupResult backup(String tier) {
        BackupResult local = taker.take(BackupTier.ofScheduled(tier));
        return local.withRemote(remote.copy(local.file()));
    }

    public VerifyReport verify(Path file, Boolean allowMissingChecksum) {
        if (file == null) {
            throw new IllegalArgumentException("verify needs a backup file (header thywillFile)");
        }
        return verifier.verify(file, Boolean.TRUE.equals(allowMissingChecksum));
    }

    public BackupListing list(Boolean fullyVerify) throws java.io.IOException {
        return lister.list(Boolean.TRUE.equals(fullyVerify));
    }

    public CleanupReport cleanup(Boolean dryRun) throws java.io.IOException {
        return cleaner.cleanup(Boolean.TRUE.equals(dryRun));
    }

    /**
     * Each scheduled tier's newest backup that passes the quick check (sidecar present, size as in its manifest), or
     * null: read from disk on every call, so it is right after a restart and after backups taken by another process.
     */
    public java.util.Map<String, LastGoodBackup> lastGood() throws java.io.IOException {
        return lister.list(false).lastGood();
    }
}
