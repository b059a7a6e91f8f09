package org.thywill.archive.format.roles;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;
import org.thywill.archive.format.export.RowsReader;

/** Reads {@code roles/YYYY_MM_role_assignments.txt} ({@link RoleAssignmentsFormat}). */
public final class RoleAssignmentsFileReader implements ArchiveReader<PipeTable<RoleAssignment>> {

    @Override
    public Parsed<PipeTable<RoleAssignment>> read(String text) {
        return PipeTables.read(text, RoleAssignmentsFormat.HEADER, RowsReader.oneRowPerLine(RoleAssignmentsFormat.ROW));
    }
}
