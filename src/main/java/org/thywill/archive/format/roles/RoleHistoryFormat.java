package org.thywill.archive.format.roles;

import static org.thywill.archive.format.export.Column.plain;

import java.util.List;
import org.thywill.archive.format.PipeFile;
import org.thywill.archive.format.export.Fields;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.RowCodec;
import org.thywill.archive.format.export.RowLayout;
import org.thywill.archive.format.export.TableHeader;

/**
 * {@code roles/role_history.txt} (reference §2.9; the writer has no production caller), appended to:
 * header {@code Role System History} /
 * {@code Format: timestamp|change_type|role_name|changed_by|old_value|new_value|details} / one blank line,
 * then one line per change, each ending in a newline.
 */
public final class RoleHistoryFormat {

    public static final String TITLE = "Role System History";
    public static final String FORMAT = "timestamp|change_type|role_name|changed_by|old_value|new_value|details";
    public static final TableHeader HEADER = TableHeader.fixed(TITLE, FORMAT);

    private static final RowLayout LAYOUT = RowLayout.of(plain("timestamp"), plain("change_type"),
            plain("role_name"), plain("changed_by"), plain("old_value"), plain("new_value"), plain("details"));

    public static final RowCodec<RoleHistoryEntry> ROW = RowCodec.of(
            row -> {
                List<String> c = LAYOUT.split(row);
                return new RoleHistoryEntry(Fields.iso("timestamp", c.get(0)), c.get(1), c.get(2), c.get(3), c.get(4),
                        c.get(5), c.get(6));
            },
            e -> PipeFile.row(Fields.iso(e.timestamp()), e.changeType(), e.roleName(), e.changedBy(),
                    e.oldValue().replace('|', '_'), e.newValue().replace('|', '_'), e.details().replace('|', '_')));

    private RoleHistoryFormat() {
    }

    /** The file holding {@code entries}, as the original's appends leave it. */
    public static PipeTable<RoleHistoryEntry> of(List<RoleHistoryEntry> entries) {
        return new PipeTable<>(TITLE, FORMAT, 1, PipeTable.dataRows(entries), true);
    }
}
