package org.thywill.archive.store;

/**
 * What opening the database did to its schema.
 *
 * @param openedAs           what the file held before
 * @param migrationsExecuted how many migrations ran now (0 when the schema was already current)
 * @param schemaVersion      the schema version after opening, e.g. {@code "2"}
 */
public record SchemaMigration(OpenedAs openedAs, int migrationsExecuted, String schemaVersion) {

    public enum OpenedAs {
        /** An empty or new file: every migration ran, V1 created the original's schema. */
        NEW_DATABASE,
        /**
         * A complete ThyWill database without migration history (the original's own {@code thywill.db}): baselined
         * at version 1 without touching a row, then our own additive migrations (V2+) ran.
         */
        ADOPTED,
        /**
         * A ThyWill database that has {@code user} and {@code prayer} but lacks some later tables or indexes (an
         * older version of the original): baselined at version 0, so V1 created only what was missing, as the
         * original's own {@code create_all} does on start-up; then V2+ ran. No existing table or row was touched.
         */
        ADOPTED_AND_COMPLETED,
        /** A database the store had already migrated: only pending migrations ran. */
        MANAGED
    }
}
