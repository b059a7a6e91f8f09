package org.thywill.archive.format.system;

import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.CREATED;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.DEVICE;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.EXPIRES;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.FULLY;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.GENERATED;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.ID;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.IP;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.SESSION;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.TITLE;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.TOTAL;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.UNKNOWN_DEVICE;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.UNKNOWN_USER;
import static org.thywill.archive.format.system.ActiveSessionsSnapshotReader.USER;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.auth.FileEntry;
import org.thywill.archive.format.auth.PythonText;

/**
 * Writes {@code system/current_state/active_sessions.txt} as the original's SystemArchiveService does:
 * the header block, then each session's block followed by a blank line, all joined with {@code \n}
 * (so the file ends with one newline).
 *
 * <p>What the format cannot carry: a newline in any value breaks the block. A null display name is
 * written {@code Unknown User}, a null IP {@code None}, a null or empty device {@code Unknown}, so those
 * literal values read back as null (as in the original's file). A display name and username that both
 * contain {@code " (ID: "} and differ may be split elsewhere on reading.
 */
public final class ActiveSessionsSnapshotWriter implements ArchiveWriter<ActiveSessionsSnapshot> {

    @Override
    public String write(ActiveSessionsSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        if (snapshot.generated() != null) {
            lines.add(TITLE);
            lines.add(GENERATED + ArchiveTime.iso(snapshot.generated()));
            lines.add(TOTAL + snapshot.declaredTotal());
            lines.add("");
        }
        for (FileEntry<ActiveSession> e : snapshot.entries()) {
            lines.add(e.render(ActiveSessionsSnapshotWriter::block));
        }
        return String.join("\n", lines);
    }

    private static String block(ActiveSession s) {
        String device = s.deviceInfo() == null || s.deviceInfo().isEmpty() ? UNKNOWN_DEVICE : s.deviceInfo();
        return String.join("\n",
                SESSION + s.sessionId() + ":",
                USER + (s.displayName() == null ? UNKNOWN_USER : s.displayName()) + ID + s.username() + ")",
                CREATED + ArchiveTime.str(s.createdAt()),
                EXPIRES + ArchiveTime.str(s.expiresAt()),
                IP + PythonText.orNone(s.ipAddress()),
                DEVICE + device,
                FULLY + PythonText.bool(s.fullyAuthenticated()),
                "");
    }
}
