package org.thywill.archive.recovery;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two ThyWill databases on one {@link CarriedKind} at archive precision ({@link ArchivePrecisionRows}):
 * the rows of both are streamed a group at a time in the same order and compared group by group as multisets, so
 * memory holds one group (one prayer's marks, one user), not a table.
 */
public final class ArchivePrecisionDiff {

    /** Longest value shown in an example; longer ones are cut with {@code …}. */
    private static final int SHOWN_VALUE_CHARS = 80;

    private final CarriedKind kind;
    private final int maxExamples;
    private long databaseRows;
    private long archiveRows;
    private long matched;
    private long onlyInDatabase;
    private long onlyInArchives;
    private long differing;
    private final List<String> onlyInDatabaseExamples = new ArrayList<>();
    private final List<String> onlyInArchivesExamples = new ArrayList<>();
    private final List<String> differingExamples = new ArrayList<>();

    private ArchivePrecisionDiff(CarriedKind kind, int maxExamples) {
        this.kind = kind;
        this.maxExamples = Math.max(0, maxExamples);
    }

    /**
     * @param database    the database checked (the live one, opened read-only)
     * @param archives    the database built from the archives
     * @param maxExamples how many rows of each sort of difference to describe
     */
    public static KindDiff compare(Connection database, Connection archives, CarriedKind kind, int maxExamples)
            throws SQLException {
        ArchivePrecisionDiff diff = new ArchivePrecisionDiff(kind, maxExamples);
        try (ArchivePrecisionRows.Groups d = ArchivePrecisionRows.groups(database, kind);
             ArchivePrecisionRows.Groups a = ArchivePrecisionRows.groups(archives, kind)) {
            while (d.hasNext() || a.hasNext()) {
                int order = !d.hasNext() ? 1 : !a.hasNext() ? -1
                        : ArchivePrecisionRows.GROUP_ORDER.compare(d.key(), a.key());
                List<List<String>> dbGroup = order <= 0 ? d.next() : List.of();
                List<List<String>> archiveGroup = order >= 0 ? a.next() : List.of();
                diff.group(dbGroup, archiveGroup);
            }
        }
        return diff.result();
    }

    private void group(List<List<String>> db, List<List<String>> archive) {
        databaseRows += db.size();
        archiveRows += archive.size();
        Map<String, Deque<List<String>>> unmatched = new LinkedHashMap<>();
        for (List<String> row : db) {
            unmatched.computeIfAbsent(ArchivePrecisionRows.joined(row), k -> new ArrayDeque<>()).add(row);
        }
        List<List<String>> archiveOnly = new ArrayList<>();
        for (List<String> row : archive) {
            Deque<List<String>> same = unmatched.get(ArchivePrecisionRows.joined(row));
            if (same != null && !same.isEmpty()) {
                same.poll();
                matched++;
            } else {
                archiveOnly.add(row);
            }
        }
        List<List<String>> dbOnly = new ArrayList<>();
        unmatched.values().forEach(dbOnly::addAll);
        if (kind.keyColumns() > 0) {
            pairByKey(dbOnly, archiveOnly);
        }
        for (List<String> row : dbOnly) {
            onlyInDatabase++;
            example(onlyInDatabaseExamples, describe(row));
        }
        for (List<String> row : archiveOnly) {
            onlyInArchives++;
            example(onlyInArchivesExamples, describe(row));
        }
    }

    /** Takes the rows of both lists that share a natural key out of them, as differing pairs. */
    private void pairByKey(List<List<String>> dbOnly, List<List<String>> archiveOnly) {
        Map<String, Deque<List<String>>> byKey = new LinkedHashMap<>();
        for (List<String> row : archiveOnly) {
            byKey.computeIfAbsent(key(row), k -> new ArrayDeque<>()).add(row);
        }
        java.util.Set<List<String>> pairedArchive = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (var it = dbOnly.iterator(); it.hasNext(); ) {
            List<String> row = it.next();
            Deque<List<String>> other = byKey.get(key(row));
            if (other != null && !other.isEmpty()) {
                List<String> archiveRow = other.poll();
                pairedArchive.add(archiveRow);
                it.remove();
                differing++;
                example(differingExamples, describeDifference(row, archiveRow));
            }
        }
        archiveOnly.removeIf(pairedArchive::contains);
    }

    private String key(List<String> row) {
        return ArchivePrecisionRows.joined(row.subList(0, kind.keyColumns()));
    }

    private void example(List<String> into, String text) {
        if (into.size() < maxExamples) {
            into.add(text);
        }
    }

    /** {@code column='value', …} (NULL unquoted). */
    private String describe(List<String> row) {
        List<PreciseColumn> columns = kind.columns();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(columns.get(i).name()).append('=').append(shown(row.get(i)));
        }
        return sb.toString();
    }

    /** The key ({@code id='…'}), then {@code column: database '…', archives '…'} for each column that differs. */
    private String describeDifference(List<String> db, List<String> archive) {
        List<PreciseColumn> columns = kind.columns();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kind.keyColumns(); i++) {
            sb.append(i > 0 ? ", " : "").append(columns.get(i).name()).append('=').append(shown(db.get(i)));
        }
        sb.append(':');
        String separator = " ";
        for (int i = kind.keyColumns(); i < columns.size(); i++) {
            if (!java.util.Objects.equals(db.get(i), archive.get(i))) {
                sb.append(separator).append(columns.get(i).name()).append(": database ").append(shown(db.get(i)))
                        .append(", archives ").append(shown(archive.get(i)));
                separator = "; ";
            }
        }
        return sb.toString();
    }

    private static String shown(String value) {
        if (value == null) {
            return "NULL";
        }
        String v = value.replace("\n", "\\n").replace("\r", "\\r");
        if (v.length() > SHOWN_VALUE_CHARS) {
            v = v.substring(0, SHOWN_VALUE_CHARS) + "…";
        }
        return "'" + v + "'";
    }

    private KindDiff result() {
        return new KindDiff(kind.id(), kind.table(), databaseRows, archiveRows, matched, onlyInDatabase,
                onlyInArchives, differing, onlyInDatabaseExamples, onlyInArchivesExamples, differingExamples);
    }
}
