package org.thywill.archive.format.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;

class RoleHistoryFileTest {

    private static final String HEADER = "Role System History\n"
            + "Format: timestamp|change_type|role_name|changed_by|old_value|new_value|details\n\n";

    private static Parsed<PipeTable<RoleHistoryEntry>> read(String text) {
        return new RoleHistoryFileReader().read(text);
    }

    @Test
    void rowsRoundTrip() {
        String text = HEADER
                + "2025-07-06T12:07:21.389783|created|moderator|admin||[\"read\"]|Role created\n"
                + "2025-07-07T08:00:00|modified|moderator|Pat|[\"read\"]|[\"read\", \"moderate\"]|perm=added\n";
        Parsed<PipeTable<RoleHistoryEntry>> parsed = read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records()).containsExactly(
                new RoleHistoryEntry(LocalDateTime.parse("2025-07-06T12:07:21.389783"), "created", "moderator", "admin",
                        "", "[\"read\"]", "Role created"),
                new RoleHistoryEntry(LocalDateTime.parse("2025-07-07T08:00"), "modified", "moderator", "Pat",
                        "[\"read\"]", "[\"read\", \"moderate\"]", "perm=added"));
        assertThat(new RoleHistoryFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void factoryReplacesBarsInTheValuesAsTheOriginalDoes() {
        PipeTable<RoleHistoryEntry> file = RoleHistoryFormat.of(List.of(new RoleHistoryEntry(
                LocalDateTime.parse("2025-07-06T12:07:21.389783"), "modified", "moderator", "admin", "a|b", "c|d", "e|f")));
        assertThat(new RoleHistoryFileWriter().write(file))
                .isEqualTo(HEADER + "2025-07-06T12:07:21.389783|modified|moderator|admin|a_b|c_d|e_f\n");
    }

    @Test
    void wrongColumnCountIsReportedAndKept() {
        String text = HEADER + "2025-07-06T12:07:21.389783|created|moderator|admin\n";
        Parsed<PipeTable<RoleHistoryEntry>> parsed = read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4, "expected 7 columns, found 4"));
        assertThat(new RoleHistoryFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void badTimestampIsReported() {
        String text = HEADER + "2025-07-06 at noon|created|moderator|admin|||x\n";
        assertThat(read(text).diagnostics()).containsExactly(
                Diagnostic.atLine(4, "bad timestamp in timestamp: '2025-07-06 at noon'"));
    }

    @Test
    void missingHeaderIsReported() {
        String text = "Role History\nFormat: timestamp|change_type|role_name|changed_by|old_value|new_value|details\n\n";
        assertThat(read(text).diagnostics()).containsExactly(
                Diagnostic.atLine(1, "missing header: expected 'Role System History', found 'Role History'"));
    }
}
