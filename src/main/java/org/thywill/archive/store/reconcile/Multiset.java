package org.thywill.archive.store.reconcile;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts per key, for reconciliation by multiset: the archive says N, the database holds M, {@code max(0, N − M)}
 * are missing. {@link #take} consumes one database occurrence, so walking the archive's records in order and
 * inserting each one that finds none left inserts exactly the missing ones.
 */
final class Multiset<K> {

    private final Map<K, Integer> counts = new HashMap<>();

    void add(K key) {
        counts.merge(key, 1, Integer::sum);
    }

    int count(K key) {
        return counts.getOrDefault(key, 0);
    }

    /** Removes one occurrence of {@code key}; {@code false} when there was none (the record is missing). */
    boolean take(K key) {
        Integer n = counts.get(key);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            counts.remove(key);
        } else {
            counts.put(key, n - 1);
        }
        return true;
    }
}
