package org.thywill.archive.format.sessions;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;

/**
 * Writes {@code sessions/YYYY_MM_sessions.txt} in the file's layout, exactly as the original's live
 * writer or export-all would (build new files with {@link SessionsFormat#live} or
 * {@link SessionsFormat#export}).
 *
 * <p>What the format cannot carry: in the live layout, a {@code |} in the device (written {@code _}, as
 * the original does) and an empty device or IP (read back as {@code null}); in the export layout, a device
 * or IP that is literally {@code unknown} or empty (read back as {@code null}); in both, a {@code |} or
 * newline in any other column.
 */
public final class SessionsFileWriter implements ArchiveWriter<PipeTable<SessionRecord>> {

    @Override
    public String write(PipeTable<SessionRecord> file) {
        return PipeTables.write(file, SessionsFormat.rowsOf(file));
    }
}
