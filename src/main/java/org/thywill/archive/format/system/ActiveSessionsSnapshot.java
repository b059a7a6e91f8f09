package org.thywill.archive.format.system;

import java.time.OffsetDateTime;
import java.util.List;
import org.thywill.archive.format.auth.FileEntry;

/**
 * {@code system/current_state/active_sessions.txt} (reference §2.10): a {@code #} header block
 * ({@code # Active Sessions Snapshot} / {@code # Generated: <ISO +00:00>} / {@code # Total active sessions: N}
 * / blank), then one block per session, each followed by a blank line. The header block is not a
 * session (B28).
 *
 * @param generated     the header's time; {@code null} when the header was not understood, in which case
 *                      its lines are kept as unrecognised entries and no header is written back
 * @param declaredTotal the header's count (the original writes the number of session blocks)
 * @param entries       the session blocks and any lines not understood, in file order
 */
public record ActiveSessionsSnapshot(OffsetDateTime generated, int declaredTotal,
                                     List<FileEntry<ActiveSession>> entries) {

    public ActiveSessionsSnapshot {
        entries = List.copyOf(entries);
    }

    /** The snapshot the original writes at {@code generated} for {@code sessions}. */
    public static ActiveSessionsSnapshot of(OffsetDateTime generated, List<ActiveSession> sessions) {
        return new ActiveSessionsSnapshot(generated, sessions.size(), FileEntry.allUnderstood(sessions));
    }

    public List<ActiveSession> sessions() {
        return FileEntry.values(entries);
    }
}
