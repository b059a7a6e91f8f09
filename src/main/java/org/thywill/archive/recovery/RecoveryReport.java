package org.thywill.archive.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of {@code recovery-report}: what the archive tree can rebuild, counted by parsing every file
 * (records, not files); what it holds that the import does not rebuild; what it cannot rebuild at all, named (with
 * the rows of the live database each concerns, when there is a database); and the backups available with their
 * verification state.
 *
 * @param archives           the archive root
 * @param generatedAt        when the report was made
 * @param files              files read
 * @param filesWithProblems  files with a line their reader could not understand (that line is not rebuilt; see
 *                           {@code validate-archives})
 * @param canRebuild         per kind, the records the import rebuilds
 * @param archivedNotRebuilt files the tree holds that the import does not rebuild from
 * @param cannotRebuild      what the archives cannot carry
 * @param database           the live database the counts of {@code cannotRebuild} come from, or null when there is none
 * @param backups            the backups available
 */
public record RecoveryReport(Path archives, Instant generatedAt, int files, int filesWithProblems,
                             List<RebuildableKind> canRebuild, List<ArchivedKind> archivedNotRebuilt,
                             List<NotCarried> cannotRebuild, Path database, BackupsAvailable backups) {

    public RecoveryReport {
        canRebuild = List.copyOf(canRebuild);
        archivedNotRebuilt = List.copyOf(archivedNotRebuilt);
        cannotRebuild = List.copyOf(cannotRebuild);
    }
}
