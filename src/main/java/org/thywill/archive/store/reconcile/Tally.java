package org.thywill.archive.store.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects one file's counts, conflicts and notes while it is reconciled. */
final class Tally {

    private final Map<String, Integer> inserted = new TreeMap<>();
    private final Map<String, Integer> updated = new TreeMap<>();
    private final Map<String, Integer> deleted = new TreeMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void inserted(String table, long n) {
        add(inserted, table, n);
    }

    void updated(String table, long n) {
        add(updated, table, n);
    }

    void deleted(String table, long n) {
        add(deleted, table, n);
    }

    void conflict(String text) {
        conflicts.add(text);
    }

    void note(String text) {
        notes.add(text);
    }

    /** Records that the file is refused; the caller must not have written anything for it. */
    void refuse(String reason) {
        conflicts.add(FileReconciliation.REFUSED + reason);
    }

    List<String> conflicts() {
        return conflicts;
    }

    FileReconciliation result() {
        return new FileReconciliation(inserted, updated, deleted, conflicts, notes);
    }

    private static void add(Map<String, Integer> counts, String table, long n) {
        if (n > 0) {
            counts.merge(table, Math.toIntExact(n), Integer::sum);
        }
    }
}
