package org.thywill.archive.format.roles;

import static org.thywill.archive.format.export.Column.free;
import static org.thywill.archive.format.export.Column.plain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.PipeFile;
import org.thywill.archive.format.export.Fields;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.RowCodec;
import org.thywill.archive.format.export.RowLayout;
import org.thywill.archive.format.export.TableHeader;

/**
 * {@code roles/YYYY_MM_role_assignments.txt} (reference §2.9), written live: header
 * {@code Role Assignments for <MONYEAR>} /
 * {@code Format: timestamp|user_id|role_name|action|granted_by|expires_at|details} / one blank line, then one
 * line per assignment, each ending in a newline. Rows are read by their layout only: a user whose name
 * ends in {@code at} ({@code Pat}) is a user like any other (the original guessed the layout from that
 * ending: reference §7 B24). The details are written raw and, being last, take any extra {@code |}.
 */
public final class RoleAssignmentsFormat {

    public static final String TITLE_PREFIX = "Role Assignments for";
    public static final String FORMAT = "timestamp|user_id|role_name|action|granted_by|expires_at|details";
    public static final TableHeader HEADER = TableHeader.monthly(TITLE_PREFIX, FORMAT);

    private static final RowLayout LAYOUT = RowLayout.of(plain("timestamp"), plain("user_id"), plain("role_name"),
            plain("action"), plain("granted_by"), plain("expires_at"), free("details"));

    public static final RowCodec<RoleAssignment> ROW = RowCodec.of(
            row -> {
                List<String> c = LAYOUT.split(row);
                return new RoleAssignment(Fields.iso("timestamp", c.get(0)), c.get(1), c.get(2), c.get(3), c.get(4),
                        Fields.isoOrEmpty("expires_at", c.get(5)), c.get(6));
            },
            a -> PipeFile.row(Fields.iso(a.grantedAt()), a.userId(), a.roleName(), a.action(), a.grantedBy(),
                    Fields.isoOrEmpty(a.expiresAt()), a.details()));

    private RoleAssignmentsFormat() {
    }

    /** The file of {@code month} holding {@code assignments}, as the live writer leaves it. */
    public static PipeTable<RoleAssignment> of(YearMonth month, List<RoleAssignment> assignments) {
        return new PipeTable<>(TableHeader.monthlyTitle(TITLE_PREFIX, month), FORMAT, 1,
                PipeTable.dataRows(assignments), true);
    }

    public static Optional<YearMonth> month(PipeTable<RoleAssignment> file) {
        return TableHeader.month(file.title(), TITLE_PREFIX);
    }
}
