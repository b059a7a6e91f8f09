package org.thywill.archive.backup;

import java.util.List;

/**
 * What {@code restore-safe} did to the restored schema and what the check found.
 *
 * @param versionBefore        the backup's Flyway schema version, or null for a database the pipeline never opened
 *                             (the original's own, or a backup of it)
 * @param versionAfter         the version after the pending migrations ran
 * @param openedAs             how the store opened it ({@code NEW_DATABASE}, {@code ADOPTED}, {@code ADOPTED_AND_COMPLETED},
 *                             {@code MANAGED}: see the store's {@code SchemaMigration.OpenedAs})
 * @param migrationsApplied    how many migrations ran
 * @param ok                   every table, column and index of the current schema is present, the version is the
 *                             current one and {@code PRAGMA integrity_check} says {@code ok}
 * @param problems             what is missing or wrong, one sentence each
 * @param foreignKeyViolations how many rows {@code PRAGMA foreign_key_check} lists: reported, not a failure (the
 *                             original never enables foreign keys, and its importer writes references that need not
 *                             resolve)
 * @param foreignKeySample     the first of them, as {@code table rowid N -> parent}
 */
public record SchemaReport(String versionBefore, String versionAfter, String openedAs, int migrationsApplied,
                           boolean ok, List<String> problems, long foreignKeyViolations,
                           List<String> foreignKeySample) {
}
