package org.thywill.archive.format.invites;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;
import org.thywill.archive.format.export.RowsReader;

/**
 * Reads {@code system/YYYY_MM_invite_usage.txt} ({@link InviteUsageFormat}), the only live record of which
 * user claimed which token; the original's recovery never imports it (reference §7 B27).
 */
public final class InviteUsageFileReader implements ArchiveReader<PipeTable<InviteUsage>> {

    @Override
    public Parsed<PipeTable<InviteUsage>> read(String text) {
        return PipeTables.read(text, InviteUsageFormat.HEADER, RowsReader.oneRowPerLine(InviteUsageFormat.ROW));
    }
}
