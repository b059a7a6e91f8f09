package org.thywill.archive.store.reconcile;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thywill.archive.format.ArchiveKind;

/**
 * What {@link Reconciler#reconcile} did with one parsed archive file.
 *
 * @param inserted  rows inserted, by ThyWill table name ({@code prayer}, {@code prayermark}...); tables with none
 *                  are absent. The reconciler's own bookkeeping tables are not counted.
 * @param updated   rows updated in place, by table name
 * @param deleted   rows deleted, by table name (only {@code prayer_attributes}: an attribute the archive's replayed
 *                  history removed, e.g. {@code archived} after {@code restored this prayer})
 * @param conflicts human-readable disagreements between the file and the database, each naming the record; the
 *                  database's value was kept. A conflict starting with {@link #REFUSED} means the file could not be
 *                  imported at all and nothing was written for it: the caller rejects the file.
 * @param notes     human-readable remarks that need no action (a user with no row, a kind that is not imported...)
 */
public record FileReconciliation(Map<String, Integer> inserted, Map<String, Integer> updated,
                                 Map<String, Integer> deleted, List<String> conflicts, List<String> notes) {

    /** The prefix of the conflict that says the whole file was refused. */
    public static final String REFUSED = "refused: ";

    public FileReconciliation {
        inserted = Collections.unmodifiableMap(new TreeMap<>(inserted));
        updated = Collections.unmodifiableMap(new TreeMap<>(updated));
        deleted = Collections.unmodifiableMap(new TreeMap<>(deleted));
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
    }

    /** The result for a kind the reconciler does not import: nothing done, one note saying so. */
    public static FileReconciliation notImported(ArchiveKind kind, String why) {
        String note = "not imported: " + kind + (why == null ? "" : " (" + why + ")");
        return new FileReconciliation(Map.of(), Map.of(), Map.of(), List.of(), List.of(note));
    }

    /** Whether the file was refused ({@link #REFUSED}): nothing was written, the caller should reject it. */
    public boolean refused() {
        return conflicts.stream().anyMatch(c -> c.startsWith(REFUSED));
    }

    /** Rows inserted, all tables together. */
    public int insertedRows() {
        return inserted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Rows inserted, updated or deleted, all tables together: 0 when the file changed nothing. */
    public int changedRows() {
        return insertedRows() + updated.values().stream().mapToInt(Integer::intValue).sum()
                + deleted.values().stream().mapToInt(Integer::intValue).sum();
    }
}
