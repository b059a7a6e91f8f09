package org.thywill.archive.format.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.format.export.ExportDumpsTest.dump;

import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

/** Each kind of bad input: reported with its line and reason, and kept so the writer gives it back. */
class ExportDumpDiagnosticsTest {

    private static final String MARKS_FORMAT = "id|created_at|prayer_id|username";

    private static <R> Parsed<PipeTable<R>> readKeepingEverything(ExportDumpKind<R> kind, String text) {
        Parsed<PipeTable<R>> parsed = kind.reader().read(text);
        assertThat(kind.writer().write(parsed.value())).isEqualTo(text);
        return parsed;
    }

    @Test
    void tooFewColumns() {
        String text = dump("Prayer Marks", MARKS_FORMAT, "m1|July 06 2025 at 12:10|p1|Pat", "m2|July 06 2025 at 12:11|p1");
        Parsed<PipeTable<ExportedPrayerMark>> parsed = readKeepingEverything(ExportDumps.PRAYER_MARKS, text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(6, "expected 4 columns, found 3"));
        assertThat(parsed.value().records()).hasSize(1);
        assertThat(parsed.value().unrecognised()).containsExactly("m2|July 06 2025 at 12:11|p1");
    }

    @Test
    void tooManyColumnsInALayoutWithoutFreeText() {
        String text = dump("Prayer Marks", MARKS_FORMAT, "m1|July 06 2025 at 12:10|p1|Pat|extra");
        assertThat(readKeepingEverything(ExportDumps.PRAYER_MARKS, text).diagnostics())
                .containsExactly(Diagnostic.atLine(5, "expected 4 columns, found 5"));
    }

    @Test
    void extraBarsNotExplainedByEscapes() {
        // two unescaped bars in activity-log values: no split makes both old and new whole values
        String text = dump("Prayer Activity Logs", "id|created_at|prayer_id|user_id|action|old_value|new_value",
                "l1|July 06 2025 at 12:10|p1|Pat|set_x|a|b|c");
        assertThat(readKeepingEverything(ExportDumps.ACTIVITY_LOGS, text).diagnostics())
                .containsExactly(Diagnostic.atLine(5, "expected 7 columns, found 8"));
    }

    @Test
    void badTimestamp() {
        String text = dump("Prayer Marks", MARKS_FORMAT, "m1|yesterday at noon|p1|Pat");
        assertThat(readKeepingEverything(ExportDumps.PRAYER_MARKS, text).diagnostics())
                .containsExactly(Diagnostic.atLine(5, "bad timestamp in created_at: 'yesterday at noon'"));
    }

    @Test
    void badBoolean() {
        String text = dump("User Notification States",
                "id|created_at|user_id|auth_request_id|notification_type|is_read|read_at",
                "ed54|July 06 2025 at 12:07|admin|req1|auth_request|maybe|never");
        assertThat(readKeepingEverything(ExportDumps.NOTIFICATION_STATES, text).diagnostics())
                .containsExactly(Diagnostic.atLine(5, "bad boolean in is_read: 'maybe' (expected yes or no)"));
    }

    @Test
    void badNumber() {
        String text = dump("Invite Tokens", "token|created_by_user|usage_count|max_uses|expires_at|used_by_user_id",
                "abcd1234abcd1234|admin|one|unlimited|July 07 2025 at 00:07|Pat");
        assertThat(readKeepingEverything(ExportDumps.INVITE_TOKENS, text).diagnostics())
                .containsExactly(Diagnostic.atLine(5, "bad number in usage_count: 'one'"));
    }

    @Test
    void missingHeader() {
        String text = "m1|July 06 2025 at 12:10|p1|Pat\nm2|July 06 2025 at 12:11|p1|Ann";
        Parsed<PipeTable<ExportedPrayerMark>> parsed = readKeepingEverything(ExportDumps.PRAYER_MARKS, text);
        assertThat(parsed.diagnostics()).containsExactly(
                Diagnostic.atLine(1, "missing header: expected 'Prayer Marks (exported <TS>)', found "
                        + "'m1|July 06 2025 at 12:10|p1|Pat'"),
                Diagnostic.atLine(2, "missing Format line: expected 'Format: id|created_at|prayer_id|username'"));
        assertThat(parsed.value().records()).containsExactly(new ExportedPrayerMark("m2",
                ExportDumpsTest.at("2025-07-06T12:11"), "p1", "Ann"));
    }

    @Test
    void titleOfAnotherDump() {
        String text = dump("Prayer Skips", MARKS_FORMAT, "m1|July 06 2025 at 12:10|p1|Pat");
        assertThat(readKeepingEverything(ExportDumps.PRAYER_MARKS, text).diagnostics()).containsExactly(
                Diagnostic.atLine(1, "missing header: expected 'Prayer Marks (exported <TS>)', found "
                        + "'Prayer Skips (exported July 16 2025 at 17:56)'"));
    }

    @Test
    void unexpectedFormatLine() {
        String text = dump("Prayer Attributes", "id|set_at|prayer_id|attribute_name|attribute_value|set_by_user_id",
                "a1|July 06 2025 at 12:09|p1|answered|true|Pat");
        assertThat(readKeepingEverything(ExportDumps.PRAYER_ATTRIBUTES, text).diagnostics()).containsExactly(
                Diagnostic.atLine(2, "unexpected Format line: expected 'Format: id|created_at|prayer_id|"
                        + "attribute_name|attribute_value|created_by', found 'Format: id|set_at|prayer_id|"
                        + "attribute_name|attribute_value|set_by_user_id'"));
    }

    @Test
    void emptyFile() {
        Parsed<PipeTable<ExportedPrayerMark>> parsed = readKeepingEverything(ExportDumps.PRAYER_MARKS, "");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.ofFile("empty file: no title line"));
    }

    @Test
    void roleRowWhosePermissionsAreNotAJsonListWhenTheSplitIsAmbiguous() {
        String text = dump("System Roles", "id|role_name|description|permissions|created_by|is_system_role",
                "d00d|odd|a|b|read,write|admin|no");
        assertThat(readKeepingEverything(ExportDumps.ROLES, text).diagnostics())
                .containsExactly(Diagnostic.atLine(5, "expected 6 columns, found 7"));
    }

    @Test
    void unreadableChangelogRowIsKeptWholeAndTheNextRowStillRead() {
        String text = dump("System Changelog Entries",
                "created_at|commit_id|original_message|friendly_description|change_type|commit_date",
                "July 06 2025 at 12:07|aaaa|Started\nbut never|finished",
                "July 06 2025 at 12:08|bbbb|Second|Two||July 05 2025 at 19:00");
        Parsed<PipeTable<ExportedChangelogEntry>> parsed = readKeepingEverything(ExportDumps.CHANGELOG, text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(5, "expected 6 columns, found 4"));
        assertThat(parsed.value().unrecognised()).containsExactly("July 06 2025 at 12:07|aaaa|Started\nbut never|finished");
        assertThat(parsed.value().records()).extracting(ExportedChangelogEntry::commitId).containsExactly("bbbb");
    }

    @Test
    void garbageLineInChangelogIsItsOwnRow() {
        String text = dump("System Changelog Entries",
                "created_at|commit_id|original_message|friendly_description|change_type|commit_date",
                "garbage", "July 06 2025 at 12:08|bbbb|Second|Two||July 05 2025 at 19:00");
        Parsed<PipeTable<ExportedChangelogEntry>> parsed = readKeepingEverything(ExportDumps.CHANGELOG, text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(5, "expected 6 columns, found 1"));
        assertThat(parsed.value().records()).hasSize(1);
    }
}
