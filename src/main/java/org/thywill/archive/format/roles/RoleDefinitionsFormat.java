package org.thywill.archive.format.roles;

import static org.thywill.archive.format.export.Column.free;
import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.PipeFile;
import org.thywill.archive.format.export.Fields;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.RowCodec;
import org.thywill.archive.format.export.RowLayout;
import org.thywill.archive.format.export.TableHeader;

/**
 * {@code roles/role_definitions.txt} (reference §2.9; the writer has no production caller), rewritten whole:
 * <pre>
 * Role Definitions - Updated &lt;TS_C&gt;
 * Format: role_name|description|permissions_json|is_system_role|created_by
 *
 * &lt;one row per role&gt;
 *
 * Total roles: N
 * </pre>
 * with no newline at the end. The Format line is header, never a role (reference §7 B23). The permissions
 * JSON is written raw, so it takes any {@code |} beyond the five columns.
 */
public final class RoleDefinitionsFormat {

    public static final String TITLE_PREFIX = "Role Definitions";
    public static final String FORMAT = "role_name|description|permissions_json|is_system_role|created_by";
    public static final TableHeader HEADER = TableHeader.updated(TITLE_PREFIX, FORMAT);

    static final String TOTAL = "Total roles: ";

    private static final RowLayout LAYOUT = RowLayout.of(plain("role_name"), plain("description"),
            free("permissions_json"), plain("is_system_role"), plain("created_by"));

    public static final RowCodec<RoleDefinitionsLine> LINE = RowCodec.of(RoleDefinitionsFormat::parse,
            RoleDefinitionsFormat::render);

    private RoleDefinitionsFormat() {
    }

    /** The file as the original writes it at {@code updatedAt}. */
    public static PipeTable<RoleDefinitionsLine> of(LocalDateTime updatedAt, List<RoleDefinition> roles) {
        List<RoleDefinitionsLine> lines = new ArrayList<>();
        roles.forEach(r -> lines.add(new RoleDefinitionsLine.Role(r)));
        lines.add(new RoleDefinitionsLine.Blank());
        lines.add(new RoleDefinitionsLine.Total(roles.size()));
        return new PipeTable<>(TableHeader.updatedTitle(TITLE_PREFIX, updatedAt), FORMAT, 1,
                PipeTable.dataRows(lines), false);
    }

    public static Optional<LocalDateTime> updatedAt(PipeTable<RoleDefinitionsLine> file) {
        return TableHeader.updatedAt(file.title(), TITLE_PREFIX);
    }

    public static List<RoleDefinition> roles(PipeTable<RoleDefinitionsLine> file) {
        return file.records().stream().filter(l -> l instanceof RoleDefinitionsLine.Role)
                .map(l -> ((RoleDefinitionsLine.Role) l).role()).toList();
    }

    /** The number in {@code Total roles: N}. */
    public static Optional<Integer> total(PipeTable<RoleDefinitionsLine> file) {
        return file.records().stream().filter(l -> l instanceof RoleDefinitionsLine.Total)
                .map(l -> ((RoleDefinitionsLine.Total) l).count()).findFirst();
    }

    private static RoleDefinitionsLine parse(String line) {
        if (line.isEmpty()) {
            return new RoleDefinitionsLine.Blank();
        }
        if (line.indexOf('|') < 0 && line.startsWith(TOTAL)) {
            return new RoleDefinitionsLine.Total(Fields.integer("total roles", line.substring(TOTAL.length())));
        }
        List<String> c = LAYOUT.split(line);
        return new RoleDefinitionsLine.Role(new RoleDefinition(c.get(0), c.get(1), c.get(2),
                Fields.pythonBool("is_system_role", c.get(3)), Fields.nullIf(c.get(4), "None")));
    }

    private static String render(RoleDefinitionsLine line) {
        if (line instanceof RoleDefinitionsLine.Blank) {
            return "";
        }
        if (line instanceof RoleDefinitionsLine.Total t) {
            return TOTAL + t.count();
        }
        RoleDefinition r = ((RoleDefinitionsLine.Role) line).role();
        return PipeFile.row(r.name(), r.description().replace('|', '_'), r.permissionsJson(),
                Fields.pythonBool(r.systemRole()), Fields.orLiteral(r.createdBy(), "None"));
    }
}
