package org.thywill.archive.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Every backup under the backup root, by tier ({@code hourly}, {@code daily}, {@code weekly}, {@code pre_restore}), newest first. */
public record BackupListing(Path root, Map<String, List<ListedBackup>> tiers) {

    public boolean hasProblems() {
        return tiers.values().stream().flatMap(List::stream).anyMatch(b -> !b.verified());
    }
}
