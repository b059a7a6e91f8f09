package org.thywill.archive.recovery;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code validate-consistency} (route {@code validate-consistency}): the database against its archive tree at
 * archive precision. The tree is rebuilt into a temporary database by the importer and compared with the live one
 * (opened read-only) kind by kind ({@link ArchiveComparison}); the database's orphans and pointers are checked
 * ({@link DatabaseIntegrity}); the original's score and band are computed from what was measured
 * ({@link ConsistencyScore}). Nothing is written; {@code --fix} is the route running {@code sync-archives} between
 * two validations.
 */
public final class ConsistencyValidator {

    private final RecoverySettings settings;

    public ConsistencyValidator(RecoverySettings settings) {
        this.settings = settings;
    }

    /** @param maxExamples rows of each sort of difference to describe; null for the configured number */
    public ConsistencyReport validate(Integer maxExamples) throws SQLException {
        RecoverySettings s = settings.withMaxExamples(maxExamples);
        ArchiveComparison comparison = ArchiveComparison.run(s);
        DatabaseIntegrity integrity;
        try (Connection live = ReadOnlyDatabase.open(s.database(), s.busyTimeoutMs())) {
            integrity = DatabaseIntegrity.check(live, s.archives(), s.maxExamples());
        }
        return ConsistencyReport.of(s, comparison, integrity);
    }
}
