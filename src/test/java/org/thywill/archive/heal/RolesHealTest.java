package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.format.export.ExportDumps;
import org.thywill.archive.format.export.ExportedRole;
import org.thywill.archive.format.export.ExportedUserRole;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.testing.DbCounts;

/**
 * heal-archives for roles and user roles, in the export-all dumps {@code roles/roles.txt} and
 * {@code roles/user_roles.txt} (the samples hold the rows, not the dumps: export-all was never run).
 */
class RolesHealTest {

    private static final String ADMIN = "2923949becd5446fab36a6e3b2c039a0";
    private static final String USER = "a51c2587df654f05a1ca71432ee57c8a";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void theDumpsAreWrittenAsExportAllWouldAndImportBackToTheSameRows(String sample) throws Exception {
        try (HealFixture f = new HealFixture(sample, dir)) {
            HealReport r = f.heal.healArchives(false);
            assertThat(r.problems()).isEmpty();
            assertThat(r.kinds().get("roles").created()).isEqualTo(1);
            assertThat(r.kinds().get("user_roles").created()).isEqualTo(1);

            String roles = Files.readString(f.archives.resolve("roles/roles.txt"));
            assertThat(roles).matches("(?s)System Roles \\(exported \\w+ \\d{2} \\d{4} at \\d{2}:\\d{2}\\)\n"
                    + "Format: id\\|role_name\\|description\\|permissions\\|created_by\\|is_system_role\n\n\n"
                    + "[0-9a-f]{32}\\|admin\\|Full administrative access\\|\\[\"\\*\", .*\\|system\\|yes\n"
                    + ".*\\|user\\|Standard user permissions\\|.*\\|system\\|yes");
            assertThat(rolesOf(roles)).extracting(ExportedRole::name).containsExactly("admin", "moderator", "user");
            String userRoles = Files.readString(f.archives.resolve("roles/user_roles.txt"));
            assertThat(userRoles).startsWith("User Role Assignments (exported ").doesNotEndWith("\n");
            if (sample.equals("tiny")) {
                assertThat(userRoles).endsWith("\n\n\n"
                        + "73e01ed1b1624ec79c361e27d72d8f8d|December 04 2023 at 09:46|admin|" + ADMIN + "|system|never\n"
                        + "c247cd3e430f43fb9d60e01b7b7871c3|August 09 2024 at 04:48|Pat|" + ADMIN + "|system|never");
            }

            Path fresh = f.importIntoEmpty("fresh.db");
            for (String table : List.of("role", "user_roles")) {
                assertThat(DbCounts.count(fresh, table)).as(table).isEqualTo(DbCounts.count(f.db, table));
            }
            assertThat(DbCounts.count(fresh, "user_roles where user_id = 'admin' and role_id in"
                    + " (select id from role where name = 'admin')"))
                    .isEqualTo(1);
            assertThat(DbCounts.count(fresh, "role where name = 'moderator' and is_system_role = 1")).isEqualTo(1);

            Map<String, String> before = f.state();
            HealReport second = f.heal.healArchives(false);
            assertThat(second.healed()).isZero();
            assertThat(second.kinds().get("roles").complete()).isEqualTo(1);
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Test
    void aLaterGrantIsAppendedInTheDumpsLayoutAndAnEarlierOneRewrittenInPlace() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            f.heal.healArchives(false);
            Path dump = f.archives.resolve("roles/user_roles.txt");
            String healed = Files.readString(dump);

            f.sql("INSERT INTO user_roles (id, user_id, role_id, granted_by, granted_at, expires_at)"
                    + " VALUES ('ur3', 'Mary', ?, 'admin', '2024-12-01 10:00:00', '2025-12-01 10:00:00')", USER);
            HealReport appended = f.heal.healArchives(false);
            assertThat(appended.kinds().get("user_roles").appended()).isEqualTo(1);
            assertThat(Files.readString(dump)).isEqualTo(healed
                    + "\nur3|December 01 2024 at 10:00|Mary|" + USER + "|admin|December 01 2025 at 10:00");

            f.sql("INSERT INTO user_roles (id, user_id, role_id, granted_by, granted_at) VALUES ('ur0', 'Pat', ?,"
                    + " NULL, '2023-12-05 08:00:00')", USER);
            HealReport rewritten = f.heal.healArchives(false);
            assertThat(rewritten.kinds().get("user_roles").rewritten()).isEqualTo(1);
            List<ExportedUserRole> rows = userRolesOf(Files.readString(dump));
            assertThat(rows).extracting(ExportedUserRole::id)
                    .containsExactly("73e01ed1b1624ec79c361e27d72d8f8d", "ur0", "c247cd3e430f43fb9d60e01b7b7871c3", "ur3");
            assertThat(rows.get(1).grantedAt()).isEqualTo(LocalDateTime.of(2023, 12, 5, 8, 0));
            assertThat(Files.readString(dump)).startsWith(healed.substring(0, healed.indexOf('\n')));
        }
    }

    @Test
    void aRoleTheDumpCannotCarryIsReportedAndNothingIsWritten() {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            f.sql("UPDATE role SET description = ? WHERE name = 'moderator'", "two\nlines");

            HealReport r = f.heal.healArchives(false);

            assertThat(r.problems()).containsExactly("roles/roles.txt: cannot be written: a database row holds what the"
                    + " dump's format cannot carry (a line break or '|' in a column); left as it is");
            assertThat(f.archives.resolve("roles/roles.txt")).doesNotExist();
            assertThat(r.kinds().get("user_roles").created()).isEqualTo(1);
        }
    }

    private static List<ExportedRole> rolesOf(String text) {
        var parsed = ExportDumps.ROLES.reader().read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.value().records();
    }

    private static List<ExportedUserRole> userRolesOf(String text) {
        var parsed = ExportDumps.USER_ROLES.reader().read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        PipeTable<ExportedUserRole> t = parsed.value();
        return t.records();
    }
}
