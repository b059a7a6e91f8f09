package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Deletes backups older than their tier's retention (hourly 48 h, daily 30 days, weekly 12 weeks, pre-restore copies
 * 30 days), by exact age: a backup is deleted when strictly more than the retention has passed since it was taken
 * (the manifest's time, else the name's) — not by file mtime rounded to whole days as the original's
 * {@code find -mtime} did (reference §2.1, §9.4). In the hourly, daily and weekly tiers the newest backup that
 * passes a full {@code verify} is never deleted, however old: an unverified or damaged backup does not count. A
 * backup's sidecar and manifest go with it (the backup first, so a final name never lacks its sidecar). Temp files
 * of interrupted backups older than a day are removed too, and so are sidecars and manifests older than a day whose
 * backup does not exist (a backup killed after claiming its name, before linking its copy to it; or a cleanup
 * killed between deleting a backup and its sidecar): both are reported as stale temp files.
 *
 * <p>The copies under the remote target are pruned by the same rules when it is a local folder ({@code file:}, where
 * {@link CamelRemoteCopier} puts every tier's copies side by side): the tier is read from each copy's name, its
 * time from its manifest (else its name), and each tier's newest copy that passes a full verify there is kept.
 * Another target's copies cannot be listed: the report says so ({@link RemotePruning}).
 */
public final class BackupCleaner {

    static final Duration STALE_TEMP = Duration.ofDays(1);

    private final Path root;
    private final BackupVerifier verifier;
    private final Clock clock;
    private final RemoteCopier remote;

    public BackupCleaner(Path root, BackupVerifier verifier, Clock clock) {
        this(root, verifier, clock, RemoteCopier.NONE);
    }

    /** @param remote the remote target, whose copies are pruned too when it is a local folder ({@code file:}) */
    public BackupCleaner(Path root, BackupVerifier verifier, Clock clock, RemoteCopier remote) {
        this.root = root.toAbsolutePath().normalize();
        this.verifier = verifier;
        this.clock = clock;
        this.remote = remote;
    }

    public CleanupReport cleanup(boolean dryRun) throws IOException {
        Instant now = clock.instant();
        List<String> deleted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> temps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (BackupTier tier : BackupTier.values()) {
            prune(StoredBackup.scan(root, tier, clock.getZone()), tier, now, dryRun, tier.id() + "/", deleted, kept,
                    problems);
            Path dir = root.resolve(tier.id());
            removeStaleTemps(dir, name -> BackupNames.isTemp(name) || BackupNames.isOrphanedClaim(dir, name),
                    tier.id() + "/", now, dryRun, temps, problems);
        }
        return new CleanupReport(dryRun, deleted, kept, temps, problems, pruneRemote(now, dryRun, problems));
    }

    /**
     * The copies under the remote target, by the same rules: a flat folder holding every tier's copies by name (as
     * {@link CamelRemoteCopier} writes them), each tier's newest verified copy kept however old.
     */
    private RemotePruning pruneRemote(Instant now, boolean dryRun, List<String> problems) throws IOException {
        String target = remote.target();
        if (target == null) {
            return RemotePruning.noTarget();
        }
        Optional<Path> folder = remote.localFolder();
        if (folder.isEmpty()) {
            return RemotePruning.notPruned(target, "only a file: target's copies can be listed and deleted");
        }
        Path dir = folder.get();
        List<String> deleted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> temps = new ArrayList<>();
        List<String> remoteProblems = new ArrayList<>();
        for (BackupTier tier : BackupTier.values()) {
            prune(StoredBackup.scanFolder(dir, tier, clock.getZone()), tier, now, dryRun, "", deleted, kept,
                    remoteProblems);
        }
        removeStaleTemps(dir, name -> name.startsWith(".thywill_") && name.endsWith(".part"), "", now, dryRun, temps,
                remoteProblems);
        remoteProblems.forEach(p -> problems.add("remote " + dir + ": " + p));
        return new RemotePruning(target, true, "pruned " + dir, deleted, kept, temps);
    }

    /** Deletes the expired ones of a tier's {@code backups} (newest first), keeping the tier's newest verified one. */
    private void prune(List<StoredBackup> backups, BackupTier tier, Instant now, boolean dryRun, String labelPrefix,
                       List<String> deleted, List<String> kept, List<String> problems) {
        Instant cutoff = now.minus(tier.retention());
        List<StoredBackup> expired = backups.stream().filter(b -> b.createdAt().isBefore(cutoff)).toList();
        StoredBackup newestVerified = expired.isEmpty() || !tier.scheduled() ? null : newestVerified(backups);
        for (StoredBackup b : expired) {
            String label = labelPrefix + b.name();
            if (b == newestVerified) {
                kept.add(label);
                continue;
            }
            if (!dryRun) {
                try {
                    Files.deleteIfExists(b.file());
                    Files.deleteIfExists(b.sidecar());
                    Files.deleteIfExists(b.manifestFile());
                } catch (IOException e) {
                    problems.add("cannot delete " + label + ": " + e.getMessage());
                    continue;
                }
            }
            deleted.add(label);
        }
    }

    private StoredBackup newestVerified(List<StoredBackup> newestFirst) {
        for (StoredBackup b : newestFirst) {
            if (verifier.verify(b.file(), false).ok()) {
                return b;
            }
        }
        return null;
    }

    private void removeStaleTemps(Path dir, Predicate<String> isTemp, String labelPrefix, Instant now, boolean dryRun,
                                  List<String> temps, List<String> problems) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (!isTemp.test(f.getFileName().toString())) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(now.minus(STALE_TEMP))) {
                        if (!dryRun) {
                            Files.deleteIfExists(f);
                        }
                        temps.add(labelPrefix + f.getFileName());
                    }
                } catch (NoSuchFileException gone) {
                    // finished or removed meanwhile
                } catch (IOException e) {
                    problems.add("cannot delete " + f + ": " + e.getMessage());
                }
            }
        }
    }
}
