package org.thywill.archive.recovery;

import java.nio.file.Path;

/**
 * The outcome of {@code validate-consistency}: the database against its archive tree at archive precision, kind by
 * kind (rows only in the database, only in the archives, differing, with examples), what the archives cannot carry,
 * the database's own integrity (orphans, pointers), and the original's score and band computed from all of it.
 *
 * @param exitCode the band's exit code (0 EXCELLENT, 1 GOOD, 2 FAIR or POOR)
 */
public record ConsistencyReport(Path database, Path archives, ArchiveComparison comparison,
                                DatabaseIntegrity integrity, ConsistencyScore score, int exitCode) {

    static ConsistencyReport of(RecoverySettings settings, ArchiveComparison comparison, DatabaseIntegrity integrity) {
        long issues = comparison.differences() + integrity.orphanedPrayers() + integrity.orphanedMarks();
        long records = comparison.kinds().stream().mapToLong(KindDiff::records).sum();
        ConsistencyScore score = ConsistencyScore.of(issues, records);
        return new ConsistencyReport(settings.database(), settings.archives(), comparison, integrity, score,
                score.band().exitCode());
    }
}
