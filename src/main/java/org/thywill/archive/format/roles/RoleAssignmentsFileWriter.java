package org.thywill.archive.format.roles;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;

/**
 * Writes {@code roles/YYYY_MM_role_assignments.txt} exactly as the original's live writer leaves it (build a
 * new file with {@link RoleAssignmentsFormat#of}). Cannot carry {@code |} in any column but the details,
 * nor newlines.
 */
public final class RoleAssignmentsFileWriter implements ArchiveWriter<PipeTable<RoleAssignment>> {

    @Override
    public String write(PipeTable<RoleAssignment> file) {
        return PipeTables.write(file, RoleAssignmentsFormat.ROW);
    }
}
