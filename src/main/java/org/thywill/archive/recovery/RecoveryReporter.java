package org.thywill.archive.recovery;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.thywill.archive.backup.BackupListing;

/**
 * {@code recovery-report} (route {@code recovery-report}): what a recovery from the archives could give back. Every
 * file of the tree is parsed ({@link ArchiveTreeReader}) and its records counted ({@link RecordTally}), unlike the
 * original's, which counted files and took the export dumps for prayers (reference §4.6, §9 item 17). What the
 * archives cannot rebuild is named ({@link ArchiveLimits}), measured in the live database when there is one (opened
 * read-only). The backups come from the route ({@code list-backups}). Nothing is written.
 */
public final class RecoveryReporter {

    private final RecoverySettings settings;
    private final Clock clock;

    public RecoveryReporter(RecoverySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param backups       every backup with its verification state (route {@code list-backups})
     * @param fullyVerified whether each backup was fully verified ({@code --verify-backups}) or quickly checked
     */
    public RecoveryReport report(BackupListing backups, Boolean fullyVerified) throws SQLException {
        RecordTally tally = new RecordTally();
        new ArchiveTreeReader(settings.archives(), settings.maxFileBytes()).read(tally::add);
        List<NotCarried> limits;
        boolean hasDatabase = Files.isRegularFile(settings.database());
        if (hasDatabase) {
            try (Connection live = ReadOnlyDatabase.open(settings.database(), settings.busyTimeoutMs())) {
                limits = ArchiveLimits.measure(live, tally.kinds());
            }
        } else {
            limits = ArchiveLimits.of(tally.kinds());
        }
        return new RecoveryReport(settings.archives(), clock.instant(), tally.files(), tally.filesWithProblems(),
                tally.rebuildable(), tally.archivedNotRebuilt(), limits, hasDatabase ? settings.database() : null,
                BackupsAvailable.of(backups, Boolean.TRUE.equals(fullyVerified)));
    }
}
