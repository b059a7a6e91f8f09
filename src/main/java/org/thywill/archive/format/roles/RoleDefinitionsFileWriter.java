package org.thywill.archive.format.roles;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;

/**
 * Writes {@code roles/role_definitions.txt} exactly as the original's {@code update_role_definitions}
 * (build a new file with {@link RoleDefinitionsFormat#of}). Cannot carry: a {@code |} in the description
 * (written {@code _}, as the original does), a {@code |} in the name, flag or creator, a creator literally
 * named {@code None} (reads back as {@code null}), newlines.
 */
public final class RoleDefinitionsFileWriter implements ArchiveWriter<PipeTable<RoleDefinitionsLine>> {

    @Override
    public String write(PipeTable<RoleDefinitionsLine> file) {
        return PipeTables.write(file, RoleDefinitionsFormat.LINE);
    }
}
