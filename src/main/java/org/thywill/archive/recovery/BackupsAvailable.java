package org.thywill.archive.recovery;

import java.util.Comparator;
import java.util.List;
import org.thywill.archive.backup.BackupListing;
import org.thywill.archive.backup.ListedBackup;

/**
 * The backups a recovery could start from, summed up from a {@link BackupListing}.
 *
 * @param check          {@code quick} (sidecar present, size as in the manifest) or {@code full} (each verified)
 * @param total          backups of every tier
 * @param verified       how many passed that check
 * @param newestVerified the newest that passed, or null when none did
 * @param listing        every backup, by tier, newest first
 */
public record BackupsAvailable(String check, int total, int verified, ListedBackup newestVerified,
                               BackupListing listing) {

    static BackupsAvailable of(BackupListing listing, boolean fullyVerified) {
        List<ListedBackup> all = listing.tiers().values().stream().flatMap(List::stream).toList();
        List<ListedBackup> good = all.stream().filter(ListedBackup::verified).toList();
        ListedBackup newest = good.stream().max(Comparator.comparing(ListedBackup::createdAt)).orElse(null);
        return new BackupsAvailable(fullyVerified ? "full" : "quick", all.size(), good.size(), newest, listing);
    }
}
