package org.thywill.archive.recovery;

import java.sql.SQLException;

/**
 * {@code test-recovery} (route {@code test-recovery}): would the archives give the database back? The tree is
 * imported into a new database in a temporary folder (deleted afterwards), which is compared with the live database
 * (opened read-only, never written) at archive precision. Differences are listed kind by kind; what the format
 * cannot carry by design (seconds, what the live application never archives) is named as such, not as a failure.
 */
public final class RecoveryTester {

    private final RecoverySettings settings;

    public RecoveryTester(RecoverySettings settings) {
        this.settings = settings;
    }

    /** @param maxExamples rows of each sort of difference to describe; null for the configured number */
    public RecoveryTestReport test(Integer maxExamples) throws SQLException {
        RecoverySettings s = settings.withMaxExamples(maxExamples);
        return RecoveryTestReport.of(s, ArchiveComparison.run(s));
    }
}
