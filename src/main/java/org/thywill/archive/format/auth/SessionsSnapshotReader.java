package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/** Reads {@code auth/YYYY_MM_DD_sessions_snapshot.txt} (reference §2.7). */
public final class SessionsSnapshotReader implements ArchiveReader<Snapshot<SnapshotSession>> {

    @Override
    public Parsed<Snapshot<SnapshotSession>> read(String text) {
        return SnapshotSessionRows.SNAPSHOT.read(text);
    }
}
