package org.thywill.archive.backup;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every backup under the backup root, by tier ({@code hourly}, {@code daily}, {@code weekly}, {@code pre_restore}), newest first.
 *
 * @param lastGood for each scheduled tier ({@code hourly}, {@code daily}, {@code weekly}), its newest backup that
 *                 passed the listing's check, or null when it has none
 */
public record BackupListing(Path root, Map<String, List<ListedBackup>> tiers, Map<String, LastGoodBackup> lastGood) {

    /** A listing whose {@link #lastGood()} is derived from {@code tiers} (each tier's list is newest first). */
    public BackupListing(Path root, Map<String, List<ListedBackup>> tiers) {
        this(root, tiers, lastGoodOf(tiers));
    }

    private static Map<String, LastGoodBackup> lastGoodOf(Map<String, List<ListedBackup>> tiers) {
        Map<String, LastGoodBackup> last = new LinkedHashMap<>();
        for (BackupTier tier : BackupTier.values()) {
            if (tier.scheduled()) {
                last.put(tier.id(), tiers.getOrDefault(tier.id(), List.of()).stream().filter(ListedBackup::verified)
                        .findFirst().map(LastGoodBackup::of).orElse(null));
            }
        }
        return Collections.unmodifiableMap(last);
    }

    public boolean hasProblems() {
        return tiers.values().stream().flatMap(List::stream).anyMatch(b -> !b.verified());
    }
}
