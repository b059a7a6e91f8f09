package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes {@code auth/YYYY_MM_DD_sessions_snapshot.txt} as the original's AuthArchiveWriter does:
 * {@code Session Snapshot for <Month DD, YYYY at HH:MM>} / {@code Format: session_id|user_id|created_at|expires_at|device_info|ip_address|is_fully_authenticated}
 * / blank / one row per session / blank / {@code Total active sessions: N}, with no final newline.
 *
 * <p>What the format cannot carry: {@code |} in the device info is written as {@code _} (as the
 * original does); a {@code |} in another column, or a newline anywhere, breaks the row. A null user,
 * device or IP is written {@code None} and read back as null (the original cannot write a null device);
 * a null time is written as an empty column.
 */
public final class SessionsSnapshotWriter implements ArchiveWriter<Snapshot<SnapshotSession>> {

    @Override
    public String write(Snapshot<SnapshotSession> snapshot) {
        return SnapshotSessionRows.SNAPSHOT.write(snapshot);
    }
}
