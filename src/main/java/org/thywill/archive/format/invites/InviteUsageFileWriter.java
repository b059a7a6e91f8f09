package org.thywill.archive.format.invites;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;

/**
 * Writes {@code system/YYYY_MM_invite_usage.txt} exactly as the original's live writer leaves it (build a
 * new file with {@link InviteUsageFormat#of}). The timestamp is written as Python's {@code isoformat()}.
 * Cannot carry: an empty user name (that is how the creation line is written: it reads back as
 * {@code null}), {@code |} or newlines in any column.
 */
public final class InviteUsageFileWriter implements ArchiveWriter<PipeTable<InviteUsage>> {

    @Override
    public String write(PipeTable<InviteUsage> file) {
        return PipeTables.write(file, InviteUsageFormat.ROW);
    }
}
