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

/**
 * Deletes backups older than their tier's retention (hourly 48 h, daily 30 days, weekly 12 weeks, pre-restore copies
 * 30 days), by exact age: a backup is deleted when strictly more than the retention has passed since it was taken
 * (the manifest's time, else the name's) — not by file mtime rounded to whole days as the original's
 * {@code find -mtime} did (reference §2.1, §9.4). In the hourly, daily and weekly tiers the newest backup that
 * passes a full {@code verify} is never deleted, however old: an unverified or damaged backup does not count. A
 * backup's sidecar and manifest go with it (the backup first, so a final name never lacks its sidecar). Temp files
 * of interrupted backups older than a day are removed too.
 */
public final class BackupCleaner {

    static final Duration STALE_TEMP = Duration.ofDays(1);

    private final Path root;
    private final BackupVerifier verifier;
    private final Clock clock;

    public BackupCleaner(Path root, BackupVerifier verifier, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.verifier = verifier;
        this.clock = clock;
    }

    public CleanupReport cleanup(boolean dryRun) throws IOException {
        Instant now = clock.instant();
        List<String> deleted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> temps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (BackupTier tier : BackupTier.values()) {
            List<StoredBackup> backups = StoredBackup.scan(root, tier, clock.getZone());
            Instant cutoff = now.minus(tier.retention());
            List<StoredBackup> expired = backups.stream().filter(b -> b.createdAt().isBefore(cutoff)).toList();
            StoredBackup newestVerified = expired.isEmpty() || !tier.scheduled() ? null : newestVerified(backups);
            for (StoredBackup b : expired) {
                String label = tier.id() + "/" + b.name();
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
            removeStaleTemps(tier, now, dryRun, temps, problems);
        }
        return new CleanupReport(dryRun, deleted, kept, temps, problems);
    }

    private StoredBackup newestVerified(List<StoredBackup> newestFirst) {
        for (StoredBackup b : newestFirst) {
            if (verifier.verify(b.file(), false).ok()) {
                return b;
            }
        }
        return null;
    }

    private void removeStaleTemps(BackupTier tier, Instant now, boolean dryRun, List<String> temps,
                                  List<String> problems) throws IOException {
        Path dir = root.resolve(tier.id());
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (!BackupNames.isTemp(f.getFileName().toString())) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(now.minus(STALE_TEMP))) {
                        if (!dryRun) {
                            Files.deleteIfExists(f);
                        }
                        temps.add(tier.id() + "/" + f.getFileName());
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
