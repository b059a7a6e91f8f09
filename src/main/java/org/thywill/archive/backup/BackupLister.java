package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists the backups of every tier with their size, age and whether they check out (quickly, or fully). */
public final class BackupLister {

    private final Path root;
    private final BackupVerifier verifier;
    private final Clock clock;

    public BackupLister(Path root, BackupVerifier verifier, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.verifier = verifier;
        this.clock = clock;
    }

    public BackupListing list(boolean fullyVerify) throws IOException {
        Instant now = clock.instant();
        Map<String, List<ListedBackup>> tiers = new LinkedHashMap<>();
        for (BackupTier tier : BackupTier.values()) {
            List<ListedBackup> listed = new ArrayList<>();
            for (StoredBackup b : StoredBackup.scan(root, tier, clock.getZone())) {
                List<String> problems;
                if (fullyVerify) {
                    problems = verifier.verify(b.file(), false).problems();
                } else {
                    problems = b.quickProblem().map(List::of).orElse(List.of());
                }
                listed.add(new ListedBackup(tier.id(), b.name(), b.file(), b.sizeBytes(), b.createdAt(),
                        Duration.between(b.createdAt(), now).toSeconds(), fullyVerify ? "full" : "quick",
                        problems.isEmpty(), problems));
            }
            tiers.put(tier.id(), listed);
        }
        return new BackupListing(root, tiers);
    }
}
