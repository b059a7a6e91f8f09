package org.thywill.archive.backup;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code <backup>.manifest.json} says about a backup, written when it was taken.
 *
 * @param file          the backup's file name (relative, like the sidecar's)
 * @param tier          {@code hourly}, {@code daily}, {@code weekly} or {@code pre_restore}
 * @param createdAt     when the snapshot was taken
 * @param source        the absolute path of the database it was taken from
 * @param sizeBytes     the backup's size
 * @param sha256        the backup's SHA-256 (the sidecar's too)
 * @param schemaVersion the Flyway schema version in the backup ({@code flyway_schema_history}), or null when the
 *                      database has no history (a database of the original not yet opened by this pipeline)
 * @param userVersion   SQLite's {@code PRAGMA user_version}
 * @param sqliteVersion the SQLite library that took it
 * @param tables        the row count of every table, by name
 */
public record BackupManifest(String file, String tier, Instant createdAt, String source, long sizeBytes,
                             String sha256, String schemaVersion, int userVersion, String sqliteVersion,
                             Map<String, Long> tables) {
}
