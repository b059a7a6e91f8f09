package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.free;
import static org.thywill.archive.format.export.Column.plain;

import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code roles/roles.txt}:
 * {@code id|role_name|description|permissions|created_by or system|yes/no is_system_role}.
 * The description is written unescaped (None as {@code ""}), so a {@code |} in it shifts the naive
 * columns (reference §7 B34). The other columns have known shapes, so the reader gives the description
 * every extra {@code |}, leaving the permissions the last {@code |}-piece(s) that form a JSON list of strings.
 * The permissions are kept as the JSON text the database stores.
 * Cannot carry: an empty description (reads back as {@code null}), a creator literally named {@code system}
 * (reads back as {@code null}), {@code |} in the id, name or creator, newlines.
 *
 * @param description     {@code null} for None
 * @param permissionsJson the database's JSON text, e.g. {@code ["read", "write_own"]}
 * @param createdBy       {@code null} for None
 */
public record ExportedRole(String id, String name, String description, String permissionsJson, String createdBy,
                           boolean systemRole) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("id"), plain("role_name"), free("description"),
            free("permissions", JsonList::isStringList), plain("created_by"), plain("is_system_role"));

    public static final RowCodec<ExportedRole> CODEC = RowCodec.of(ExportedRole::parse, ExportedRole::render);

    public ExportedRole {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(permissionsJson, "permissionsJson");
    }

    private static ExportedRole parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedRole(c.get(0), c.get(1), Fields.nullIf(c.get(2), ""), c.get(3),
                Fields.nullIf(c.get(4), "system"), Fields.yesNo("is_system_role", c.get(5)));
    }

    private static String render(ExportedRole r) {
        return PipeFile.row(r.id, r.name, Fields.orLiteral(r.description, ""), r.permissionsJson,
                Fields.orLiteral(r.createdBy, "system"), Fields.yesNo(r.systemRole));
    }
}
