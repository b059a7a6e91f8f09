package org.thywill.archive.format.invites;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;

/**
 * Writes {@code system/invite_tokens.txt} exactly as the original's {@code update_invite_tokens} (build a
 * new file with {@link InviteTokensSnapshotFormat#snapshot}). Timestamps are written as naive
 * {@code isoformat()}. Cannot carry: a used-by user literally named {@code None} (reads back as
 * {@code null}), {@code |} or newlines in any column.
 */
public final class InviteTokensSnapshotWriter implements ArchiveWriter<PipeTable<SnapshotLine>> {

    @Override
    public String write(PipeTable<SnapshotLine> file) {
        return PipeTables.write(file, InviteTokensSnapshotFormat.LINE);
    }
}
