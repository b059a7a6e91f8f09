package org.thywill.archive.format.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;

class InviteTokensSnapshotTest {

    private static final String HEADER = "Active Invite Tokens - Updated July 06, 2025 at 12:07\n"
            + "Format: token|created_by_user|expires_at|used|used_by_user_id|created_at\n\n";

    private static final String SNAPSHOT = HEADER
            + "ACTIVE TOKENS:\n"
            + "feedfeedfeedfeed|admin|2025-07-06T17:07:21.389783|False|None|2025-07-06T12:07:21.389783\n"
            + "abcdabcdabcdabcd|Mary Ann|2025-07-09T00:00:00|False||\n"
            + "\n"
            + "RECENTLY EXPIRED TOKENS:\n"
            + "0ff320bb8dbe92cf|system|2025-06-01T10:00:00.000001|True|Pat|\n"
            + "\n"
            + "Active tokens: 3\n"
            + "Total tokens: 7";

    private static Parsed<PipeTable<SnapshotLine>> read(String text) {
        return new InviteTokensSnapshotReader().read(text);
    }

    @Test
    void b27_snapshotTokensAreRead() {
        Parsed<PipeTable<SnapshotLine>> parsed = read(SNAPSHOT);
        PipeTable<SnapshotLine> file = parsed.value();

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(InviteTokensSnapshotFormat.updatedAt(file)).contains(LocalDateTime.parse("2025-07-06T12:07"));
        assertThat(InviteTokensSnapshotFormat.active(file)).containsExactly(
                new SnapshotToken("feedfeedfeedfeed", "admin", LocalDateTime.parse("2025-07-06T17:07:21.389783"), false,
                        null, LocalDateTime.parse("2025-07-06T12:07:21.389783")),
                new SnapshotToken("abcdabcdabcdabcd", "Mary Ann", LocalDateTime.parse("2025-07-09T00:00"), false, "",
                        null));
        assertThat(InviteTokensSnapshotFormat.recentlyExpired(file)).containsExactly(
                new SnapshotToken("0ff320bb8dbe92cf", "system", LocalDateTime.parse("2025-06-01T10:00:00.000001"), true,
                        "Pat", null));
        assertThat(InviteTokensSnapshotFormat.activeCount(file)).contains(3);
        assertThat(InviteTokensSnapshotFormat.totalCount(file)).contains(7);
        assertThat(new InviteTokensSnapshotWriter().write(file)).isEqualTo(SNAPSHOT);
    }

    @Test
    void factoryWritesTheOriginalLayout() {
        PipeTable<SnapshotLine> file = InviteTokensSnapshotFormat.snapshot(LocalDateTime.parse("2025-07-06T12:07:59"),
                InviteTokensSnapshotFormat.active(read(SNAPSHOT).value()),
                InviteTokensSnapshotFormat.recentlyExpired(read(SNAPSHOT).value()), 3, 7);
        assertThat(new InviteTokensSnapshotWriter().write(file)).isEqualTo(SNAPSHOT);
    }

    @Test
    void emptySectionsRoundTrip() {
        PipeTable<SnapshotLine> file = InviteTokensSnapshotFormat.snapshot(LocalDateTime.parse("2025-07-06T12:07"),
                List.of(), List.of(), 0, 0);
        String text = new InviteTokensSnapshotWriter().write(file);
        assertThat(text).isEqualTo(HEADER + "ACTIVE TOKENS:\n\nRECENTLY EXPIRED TOKENS:\n\nActive tokens: 0\nTotal tokens: 0");
        assertThat(read(text)).isEqualTo(Parsed.clean(file));
    }

    @Test
    void lineOutOfPlaceIsReportedAndKept() {
        String text = SNAPSHOT.replace("\nRECENTLY EXPIRED TOKENS:", "\nEXPIRED TOKENS:");
        Parsed<PipeTable<SnapshotLine>> parsed = read(text);
        assertThat(parsed.diagnostics()).containsExactly(
                Diagnostic.atLine(8, "not a token row, section title or count: 'EXPIRED TOKENS:'"),
                Diagnostic.atLine(9, "expected 'RECENTLY EXPIRED TOKENS:', found "
                        + "'0ff320bb8dbe92cf|system|2025-06-01T10:00:00.000001|True|Pat|'"));
        assertThat(new InviteTokensSnapshotWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void missingCountsAreReported() {
        String text = SNAPSHOT.substring(0, SNAPSHOT.indexOf("\nTotal tokens"));
        assertThat(read(text).diagnostics()).containsExactly(
                Diagnostic.atLine(12, "file ends where 'Total tokens: M' was expected"));
    }

    @Test
    void badBooleanIsReported() {
        String text = SNAPSHOT.replace("|True|Pat|", "|yes please|Pat|");
        assertThat(read(text).diagnostics()).containsExactly(
                Diagnostic.atLine(9, "bad boolean in used: 'yes please' (expected True or False)"));
    }

    @Test
    void missingHeaderIsReported() {
        String text = SNAPSHOT.replace("Active Invite Tokens - Updated July 06, 2025 at 12:07", "Active Invite Tokens");
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(1,
                "missing header: expected 'Active Invite Tokens - Updated <TS_C>', found 'Active Invite Tokens'"));
    }
}
