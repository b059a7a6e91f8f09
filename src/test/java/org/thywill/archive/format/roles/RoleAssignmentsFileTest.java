package org.thywill.archive.format.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;

class RoleAssignmentsFileTest {

    private static final String HEADER = "Role Assignments for July 2025\n"
            + "Format: timestamp|user_id|role_name|action|granted_by|expires_at|details\n\n";

    private static Parsed<PipeTable<RoleAssignment>> read(String text) {
        return new RoleAssignmentsFileReader().read(text);
    }

    @Test
    void b24_userWhoseNameEndsInAtIsAUser() {
        // the original took this line for the user_roles layout because 'Pat' ends in 'at'
        String text = HEADER + "2025-07-06T12:07:33.389783|Pat|deactivated|assigned|admin||spam\n";
        Parsed<PipeTable<RoleAssignment>> parsed = read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records()).containsExactly(new RoleAssignment(
                LocalDateTime.parse("2025-07-06T12:07:33.389783"), "Pat", "deactivated", "assigned", "admin", null, "spam"));
        assertThat(new RoleAssignmentsFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void reactivationWithExpiryAndDetailsHoldingBarsAndEquals() {
        String text = HEADER
                + "2025-07-08T09:00:00|Joy at Dawn|user|assigned|Sharon-Deborah Olsen|2025-08-08T09:00:00.500000|"
                + "User reactivated by admin | note=x\n";
        Parsed<PipeTable<RoleAssignment>> parsed = read(text);
        RoleAssignment a = parsed.value().records().get(0);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(a.userId()).isEqualTo("Joy at Dawn");
        assertThat(a.grantedBy()).isEqualTo("Sharon-Deborah Olsen");
        assertThat(a.expiresAt()).isEqualTo(LocalDateTime.parse("2025-08-08T09:00:00.5"));
        assertThat(a.details()).isEqualTo("User reactivated by admin | note=x");
        assertThat(new RoleAssignmentsFileWriter().write(parsed.value())).isEqualTo(text);
    }

    /** Python's isoformat writes a fraction in six digits: a shorter one would be written back differently. */
    @Test
    void aFractionNotInSixDigitsIsADiagnostic() {
        String text = HEADER
                + "2025-07-08T09:00:00|Joy at Dawn|user|assigned|Sharon-Deborah Olsen|2025-08-08T09:00:00.5|x\n";
        Parsed<PipeTable<RoleAssignment>> parsed = read(text);

        assertThat(parsed.diagnostics()).containsExactly(
                Diagnostic.atLine(4, "bad timestamp in expires_at: '2025-08-08T09:00:00.5'"));
        assertThat(new RoleAssignmentsFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void factoryWritesTheLiveLayout() {
        PipeTable<RoleAssignment> file = RoleAssignmentsFormat.of(YearMonth.of(2025, 7), List.of(new RoleAssignment(
                LocalDateTime.parse("2025-07-06T12:07:33.389783"), "Pat", "deactivated", "assigned", "admin", null,
                "User deactivated by admin")));
        assertThat(new RoleAssignmentsFileWriter().write(file)).isEqualTo(HEADER
                + "2025-07-06T12:07:33.389783|Pat|deactivated|assigned|admin||User deactivated by admin\n");
        assertThat(RoleAssignmentsFormat.month(file)).contains(YearMonth.of(2025, 7));
    }

    @Test
    void badTimestampIsReportedAndKept() {
        String text = HEADER + "2025-07-06T12:07:33.389783|Pat|deactivated|assigned|admin|tomorrow|spam\n";
        Parsed<PipeTable<RoleAssignment>> parsed = read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4, "bad timestamp in expires_at: 'tomorrow'"));
        assertThat(new RoleAssignmentsFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void userRolesLayoutIsNotGuessedButReported() {
        String text = HEADER + "e263|July 06 2025 at 12:07|admin|bde6|system|never\n";
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(4, "expected 7 columns, found 6"));
    }

    @Test
    void missingHeaderIsReported() {
        String text = "Role Assignments\nFormat: timestamp|user_id|role_name|action|granted_by|expires_at|details\n\n";
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(1,
                "missing header: expected 'Role Assignments for <MONYEAR>', found 'Role Assignments'"));
    }
}
