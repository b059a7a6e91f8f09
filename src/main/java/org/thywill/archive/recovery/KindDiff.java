package org.thywill.archive.recovery;

import java.util.List;

/**
 * How two databases compare on one {@link CarriedKind} at archive precision. Every row of either side is counted
 * once: {@code databaseRows = matched + onlyInDatabase + differing} and {@code archiveRows = matched +
 * onlyInArchives + differing}. A keyed kind's row present on both sides with other values {@code differs}; a
 * multiset kind has no such pairs.
 *
 * @param kind                   {@link CarriedKind#id()}
 * @param table                  the table compared
 * @param databaseRows           rows in the database checked (the live one)
 * @param archiveRows            rows in the database built from the archives
 * @param matched                rows equal on both sides at archive precision
 * @param onlyInDatabase         rows the archives do not carry
 * @param onlyInArchives         rows the archives carry and the database lacks
 * @param differing              keyed rows on both sides whose values differ
 * @param onlyInDatabaseExamples up to N of {@code onlyInDatabase}, {@code column='value', …}
 * @param onlyInArchivesExamples up to N of {@code onlyInArchives}
 * @param differingExamples      up to N of {@code differing}: the key, then each column that differs
 */
public record KindDiff(String kind, String table, long databaseRows, long archiveRows, long matched,
                       long onlyInDatabase, long onlyInArchives, long differing,
                       List<String> onlyInDatabaseExamples, List<String> onlyInArchivesExamples,
                       List<String> differingExamples) {

    public KindDiff {
        onlyInDatabaseExamples = List.copyOf(onlyInDatabaseExamples);
        onlyInArchivesExamples = List.copyOf(onlyInArchivesExamples);
        differingExamples = List.copyOf(differingExamples);
    }

    /** Rows that are not the same on both sides. */
    public long differences() {
        return onlyInDatabase + onlyInArchives + differing;
    }

    /** Rows seen on either side, each row once (a differing pair counts as one). */
    public long records() {
        return matched + onlyInDatabase + onlyInArchives + differing;
    }

    /** Whether the archives give back every row of the database (they may hold more). */
    public boolean reproducesDatabase() {
        return onlyInDatabase == 0 && differing == 0;
    }
}
