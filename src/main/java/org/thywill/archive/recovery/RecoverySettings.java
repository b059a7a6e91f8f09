package org.thywill.archive.recovery;

import java.nio.file.Path;

/**
 * What the recovery and validation jobs need to know (see config/application.properties).
 *
 * @param database      the live database: only ever opened read-only by these jobs
 * @param archives      the archive root
 * @param maxFileBytes  the importer's cap on one archive file ({@code thywill.import.max-file-bytes})
 * @param batchFiles    files per import transaction when the archives are rebuilt into a temporary database
 * @param busyTimeoutMs how long a read waits for a lock the live application holds
 * @param tempDir       where temporary databases are built; null for the system's temporary folder
 * @param maxExamples   how many rows of each sort of difference a report describes
 */
public record RecoverySettings(Path database, Path archives, long maxFileBytes, int batchFiles, int busyTimeoutMs,
                               Path tempDir, int maxExamples) {

    public RecoverySettings {
        database = database.toAbsolutePath().normalize();
        archives = archives.toAbsolutePath().normalize();
        tempDir = tempDir == null ? null : tempDir.toAbsolutePath().normalize();
    }

    /** These settings showing {@code examples} rows of each difference instead (null or negative: unchanged). */
    public RecoverySettings withMaxExamples(Integer examples) {
        return examples == null || examples < 0 ? this
                : new RecoverySettings(database, archives, maxFileBytes, batchFiles, busyTimeoutMs, tempDir, examples);
    }
}
