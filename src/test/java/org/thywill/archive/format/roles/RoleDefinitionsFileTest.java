package org.thywill.archive.format.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;

class RoleDefinitionsFileTest {

    private static final String HEADER = "Role Definitions - Updated July 06, 2025 at 12:07\n"
            + "Format: role_name|description|permissions_json|is_system_role|created_by\n\n";
    private static final String FILE = HEADER
            + "admin|System administrator|[\"*\"]|True|system\n"
            + "user|Regular user|[\"read\", \"write_own\", \"pray\"]|True|system\n"
            + "moderator|Keeps order_calm|[\"read\", \"a|b\"]|False|None\n"
            + "\n"
            + "Total roles: 3";

    private static Parsed<PipeTable<RoleDefinitionsLine>> read(String text) {
        return new RoleDefinitionsFileReader().read(text);
    }

    @Test
    void b23_formatLineIsHeaderNeverARole() {
        Parsed<PipeTable<RoleDefinitionsLine>> parsed = read(FILE);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(RoleDefinitionsFormat.roles(parsed.value())).containsExactly(
                new RoleDefinition("admin", "System administrator", "[\"*\"]", true, "system"),
                new RoleDefinition("user", "Regular user", "[\"read\", \"write_own\", \"pray\"]", true, "system"),
                new RoleDefinition("moderator", "Keeps order_calm", "[\"read\", \"a|b\"]", false, null));
        assertThat(RoleDefinitionsFormat.roles(parsed.value())).noneMatch(r -> r.name().startsWith("Format"));
        assertThat(RoleDefinitionsFormat.total(parsed.value())).contains(3);
        assertThat(RoleDefinitionsFormat.updatedAt(parsed.value())).contains(LocalDateTime.parse("2025-07-06T12:07"));
        assertThat(new RoleDefinitionsFileWriter().write(parsed.value())).isEqualTo(FILE);
    }

    @Test
    void factoryWritesTheOriginalLayout() {
        PipeTable<RoleDefinitionsLine> file = RoleDefinitionsFormat.of(LocalDateTime.parse("2025-07-06T12:07"), List.of(
                new RoleDefinition("admin", "System administrator", "[\"*\"]", true, "system"),
                new RoleDefinition("user", "Regular user", "[\"read\", \"write_own\", \"pray\"]", true, "system"),
                new RoleDefinition("moderator", "Keeps order|calm", "[\"read\", \"a|b\"]", false, null)));
        assertThat(new RoleDefinitionsFileWriter().write(file)).isEqualTo(FILE);
    }

    @Test
    void noRolesRoundTrips() {
        PipeTable<RoleDefinitionsLine> file = RoleDefinitionsFormat.of(LocalDateTime.parse("2025-07-06T12:07"), List.of());
        String text = new RoleDefinitionsFileWriter().write(file);
        assertThat(text).isEqualTo(HEADER + "\nTotal roles: 0");
        assertThat(read(text)).isEqualTo(Parsed.clean(file));
    }

    @Test
    void wrongTotalIsReported() {
        String text = FILE.replace("Total roles: 3", "Total roles: 4");
        Parsed<PipeTable<RoleDefinitionsLine>> parsed = read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(8, "'Total roles: 4' but 3 roles are listed"));
        assertThat(new RoleDefinitionsFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void missingTotalIsReported() {
        String text = FILE.substring(0, FILE.indexOf("\n\nTotal"));
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(7, "file ends without 'Total roles: N'"));
    }

    @Test
    void roleAfterTheTotalIsReported() {
        String text = FILE + "\nextra|x|[]|False|admin";
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(9,
                "expected the end of the file after the total, found 'extra|x|[]|False|admin'"));
    }

    @Test
    void badBooleanAndColumnCountAreReportedAndKept() {
        String text = FILE.replace("|False|None", "|Nope|None").replace("admin|System administrator|", "admin|");
        Parsed<PipeTable<RoleDefinitionsLine>> parsed = read(text);
        assertThat(parsed.diagnostics()).containsExactly(
                Diagnostic.atLine(4, "expected 5 columns, found 4"),
                Diagnostic.atLine(6, "bad boolean in is_system_role: 'Nope' (expected True or False)"));
        assertThat(new RoleDefinitionsFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void missingHeaderIsReported() {
        String text = FILE.replace("Role Definitions - Updated July 06, 2025 at 12:07", "Role Definitions");
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(1,
                "missing header: expected 'Role Definitions - Updated <TS_C>', found 'Role Definitions'"));
    }
}
