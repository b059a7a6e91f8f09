package org.thywill.archive.store.reconcile;

import java.util.Map;

/** What linking across files changed, per table. */
public record LinkReport(Map<String, Integer> updated) {
}
