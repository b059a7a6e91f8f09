package org.thywill.archive.format.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;

class InviteUsageFileTest {

    private static final String HEADER = "Invite Token Usage for July 2025\n"
            + "Format: timestamp|token|used_by_user|created_by_user|action\n\n";

    private static Parsed<PipeTable<InviteUsage>> read(String text) {
        return new InviteUsageFileReader().read(text);
    }

    @Test
    void b27_usageLinesFromTheReferenceAreRead() {
        String text = HEADER
                + "2025-07-06T12:07:33.396497|abcd1234abcd1234|Pat|admin|token_used\n"
                + "2025-07-06T12:09:10.397015|feedfeedfeedfeed||Mary Ann|token_used\n"
                + "2025-07-06T12:10:00|feedfeedfeedfeed|Joy at Dawn|Mary Ann|token_used\n";
        Parsed<PipeTable<InviteUsage>> parsed = read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records()).containsExactly(
                new InviteUsage(LocalDateTime.parse("2025-07-06T12:07:33.396497"), "abcd1234abcd1234", "Pat", "admin",
                        InviteUsage.TOKEN_USED),
                new InviteUsage(LocalDateTime.parse("2025-07-06T12:09:10.397015"), "feedfeedfeedfeed", null, "Mary Ann",
                        InviteUsage.TOKEN_USED),
                new InviteUsage(LocalDateTime.parse("2025-07-06T12:10:00"), "feedfeedfeedfeed", "Joy at Dawn",
                        "Mary Ann", InviteUsage.TOKEN_USED));
        assertThat(new InviteUsageFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void factoryWritesTheLiveLayout() {
        PipeTable<InviteUsage> file = InviteUsageFormat.of(YearMonth.of(2025, 7), List.of(new InviteUsage(
                LocalDateTime.parse("2025-07-06T12:07:33.396497"), "abcd1234abcd1234", "Pat", "system", "token_used")));
        assertThat(new InviteUsageFileWriter().write(file))
                .isEqualTo(HEADER + "2025-07-06T12:07:33.396497|abcd1234abcd1234|Pat|system|token_used\n");
    }

    @Test
    void badTimestampIsReportedAndKept() {
        String text = HEADER + "July 06 2025 at 12:07|abcd1234abcd1234|Pat|admin|token_used\n";
        Parsed<PipeTable<InviteUsage>> parsed = read(text);
        assertThat(parsed.diagnostics()).containsExactly(
                Diagnostic.atLine(4, "bad timestamp in timestamp: 'July 06 2025 at 12:07'"));
        assertThat(new InviteUsageFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void wrongColumnCountIsReported() {
        String text = HEADER + "2025-07-06T12:07:33.396497|abcd1234abcd1234|Pat|admin\n";
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(4, "expected 5 columns, found 4"));
    }

    @Test
    void missingHeaderIsReported() {
        String text = "2025-07-06T12:07:33.396497|abcd1234abcd1234|Pat|admin|token_used\n";
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(1, "missing header: expected "
                + "'Invite Token Usage for <MONYEAR>', found '2025-07-06T12:07:33.396497|abcd1234abcd1234|Pat|admin|token_used'"),
                Diagnostic.atLine(2, "missing Format line: expected 'Format: timestamp|token|used_by_user|created_by_user|action'"));
    }
}
