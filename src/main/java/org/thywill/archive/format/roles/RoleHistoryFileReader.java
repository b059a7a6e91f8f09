package org.thywill.archive.format.roles;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;
import org.thywill.archive.format.export.RowsReader;

/** Reads {@code roles/role_history.txt} ({@link RoleHistoryFormat}). */
public final class RoleHistoryFileReader implements ArchiveReader<PipeTable<RoleHistoryEntry>> {

    @Override
    public Parsed<PipeTable<RoleHistoryEntry>> read(String text) {
        return PipeTables.read(text, RoleHistoryFormat.HEADER, RowsReader.oneRowPerLine(RoleHistoryFormat.ROW));
    }
}
