package org.thywill.archive.format.roles;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;

/**
 * Writes {@code roles/role_history.txt} exactly as the original's appends leave it (build a new file with
 * {@link RoleHistoryFormat#of}). Cannot carry: a {@code |} in the old value, new value or details (written
 * {@code _}, as the original does), a {@code |} in the other columns, newlines.
 */
public final class RoleHistoryFileWriter implements ArchiveWriter<PipeTable<RoleHistoryEntry>> {

    @Override
    public String write(PipeTable<RoleHistoryEntry> file) {
        return PipeTables.write(file, RoleHistoryFormat.ROW);
    }
}
