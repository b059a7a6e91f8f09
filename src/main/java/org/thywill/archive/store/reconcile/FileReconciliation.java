package org.thywill.archive.store.reconcile;

import java.util.List;
import java.util.Map;

/** What reconciling one archive file changed, per table, and what it found wrong. */
public record FileReconciliation(Map<String, Integer> inserted, Map<String, Integer> updated,
                                 Map<String, Integer> deleted, List<String> conflicts, List<String> notes) {
}
