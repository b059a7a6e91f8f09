package org.thywill.archive.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.prayer.PrayerFileName;
import org.thywill.archive.format.prayer.PrayerFileNames;
import org.thywill.archive.testing.Samples;

class LooseFileTest {

    private static final String USERS = "User Registrations for February 2024\n\n"
            + "February 29 2024 at 15:27 - Mary joined on invitation from admin\n";
    private static final String PRAYER = "Prayer ca30f5807d2d4495aeb28e6a96409ef9 by admin\n"
            + "Submitted February 29 2024 at 12:34\n\nPlease pray.\n\nActivity:\n";
    private static final String AUTH_EVENTS = "Security Events for February 2024\n"
            + "Format: timestamp|event_type|user_id|ip_address|user_agent|details\n\n";
    private static final String EXPORTED_EVENTS = "Security Events for February 2024 (exported March 01 2024 at 09:00)\n"
            + "Format: timestamp|event_type|user_id|ip_address|details\n\n\n";

    @TempDir
    Path dir;

    private static LooseFile.Placement place(String name, String text) throws DropRejectedException {
        return LooseFile.place(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String name, String text, String reason) {
        assertThatThrownBy(() -> place(name, text)).isInstanceOf(DropRejectedException.class).hasMessage(reason);
    }

    static java.util.List<Path> sampleFiles() {
        return Samples.allArchiveFiles();
    }

    /** Every file the original wrote is placed at its own path by its name alone. */
    @ParameterizedTest
    @MethodSource("sampleFiles")
    void everySampleFileIsPlacedAtItsOwnPath(Path file) throws Exception {
        String relative = Samples.relative(file);
        LooseFile.Placement placement = LooseFile.place(file);

        assertThat(placement.relativePath()).isEqualTo(relative);
        assertThat(placement.kind()).isEqualTo(ArchiveKind.of(relative).orElseThrow());
    }

    /** Renamed, every sample file but the headerless event logs is placed by its content: at its path, or its minute. */
    @ParameterizedTest
    @MethodSource("sampleFiles")
    void everyRenamedSampleFileIsPlacedByItsContent(Path file) throws Exception {
        String relative = Samples.relative(file);
        ArchiveKind kind = ArchiveKind.of(relative).orElseThrow();
        byte[] content = Files.readAllBytes(file);
        if (kind == ArchiveKind.EVENT_LOG) {
            assertThatThrownBy(() -> LooseFile.place("dropped.txt", content))
                    .hasMessage("file 'dropped.txt': cannot tell what archive file it is: its name is no archive path"
                            + " and its first line names no archive kind");
            return;
        }
        LooseFile.Placement placement = LooseFile.place("dropped.txt", content);

        assertThat(placement.kind()).isEqualTo(kind);
        if (kind == ArchiveKind.PRAYER) {
            assertThat(PrayerFileNames.parseRelativePath(placement.relativePath()).orElseThrow())
                    .isEqualTo(new PrayerFileName(PrayerFileNames.parseRelativePath(relative).orElseThrow().createdAt(), 1));
        } else {
            assertThat(placement.relativePath()).isEqualTo(relative);
        }
    }

    @Test
    void aCanonicalNameIsPlacedInItsFolder() throws Exception {
        assertThat(place("2024_02_users.txt", USERS))
                .isEqualTo(new LooseFile.Placement("users/2024_02_users.txt", ArchiveKind.USER_REGISTRATIONS));
    }

    @Test
    void aPrayerNameKeepsItsSuffix() throws Exception {
        assertThat(place("2024_02_29_prayer_at_1234_2.txt", PRAYER).relativePath())
                .isEqualTo("prayers/2024/02/2024_02_29_prayer_at_1234_2.txt");
    }

    @Test
    void aPathInsideAnotherTreeIsPlacedByItsArchivePart() throws Exception {
        assertThat(place("old/text_archives/users/2024_02_users.txt", USERS).relativePath())
                .isEqualTo("users/2024_02_users.txt");
    }

    @Test
    void anEventLogIsPlacedByItsName() throws Exception {
        assertThat(place("session_events_2024_02.txt",
                "2024-02-29T15:44:33.731595+00:00 - Session 70dd created for user Mary Ann\n"))
                .isEqualTo(new LooseFile.Placement("system/event_log/session_events_2024_02.txt", ArchiveKind.EVENT_LOG));
    }

    @Test
    void anAmbiguousNameIsSettledByTheFirstLine() throws Exception {
        assertThat(place("2024_02_security_events.txt", AUTH_EVENTS).relativePath())
                .isEqualTo("auth/2024_02_security_events.txt");
        assertThat(place("2024_02_security_events.txt", EXPORTED_EVENTS).relativePath())
                .isEqualTo("security/2024_02_security_events.txt");
    }

    @Test
    void aPrayerUnderAnyNameIsPlacedByItsSubmittedMinute() throws Exception {
        assertThat(place("my prayer.txt", PRAYER))
                .isEqualTo(new LooseFile.Placement("prayers/2024/02/2024_02_29_prayer_at_1234.txt", ArchiveKind.PRAYER));
    }

    @Test
    void aMonthlyFileUnderAnyNameIsPlacedByItsHeaderMonth() throws Exception {
        assertThat(place("registrations.txt", USERS).relativePath()).isEqualTo("users/2024_02_users.txt");
        assertThat(place("a.txt", "Activity for February 2024\n\n").relativePath())
                .isEqualTo("activity/activity_2024_02.txt");
        assertThat(place("b.txt", "Sessions for February 2024 (exported February 29 2024 at 15:44)\nFormat: x\n\n")
                .relativePath()).isEqualTo("sessions/2024_02_sessions.txt");
        assertThat(place("c.txt", "Invite Token Usage for December 2023\nFormat: x\n\n").relativePath())
                .isEqualTo("system/2023_12_invite_usage.txt");
        assertThat(place("d.txt", EXPORTED_EVENTS).relativePath()).isEqualTo("security/2024_02_security_events.txt");
        assertThat(place("e.txt", "Notification Events for May 2024\nFormat: x\n\n").relativePath())
                .isEqualTo("auth/notifications/2024_05_notifications.txt");
    }

    @Test
    void aSnapshotIsPlacedAtItsFixedPathOrDay() throws Exception {
        assertThat(place("snap.txt", "# Active Sessions Snapshot\n# Generated: 2024-12-23T10:59:07.458038+00:00\n")
                .relativePath()).isEqualTo("system/current_state/active_sessions.txt");
        assertThat(place("s.txt", "Session Snapshot for June 05, 2024 at 09:07\nFormat: x\n\n").relativePath())
                .isEqualTo("auth/2024_06_05_sessions_snapshot.txt");
        assertThat(place("sum.txt", "Complete Database Export Summary\nExported: June 05 2024 at 09:07").relativePath())
                .isEqualTo("export_summary.txt");
    }

    @Test
    void aNameAndContentOfDifferentMonthsAreRefused() {
        assertRefused("2024_03_users.txt", USERS, "file '2024_03_users.txt': its name says users/2024_03_users.txt"
                + " but its content says users/2024_02_users.txt");
    }

    @Test
    void aPrayerNameOfAnotherMinuteIsRefused() {
        assertRefused("2024_02_29_prayer_at_1235.txt", PRAYER, "file '2024_02_29_prayer_at_1235.txt': its name says"
                + " prayers/2024/02/2024_02_29_prayer_at_1235.txt but its content says"
                + " prayers/2024/02/2024_02_29_prayer_at_1234.txt");
    }

    @Test
    void aNameOfAnotherKindIsRefused() {
        assertRefused("2024_02_users.txt", "Activity for February 2024\n\n",
                "file '2024_02_users.txt': its name says USER_REGISTRATIONS but its first line says SITE_ACTIVITY");
    }

    @Test
    void unknownContentIsRefused() {
        assertRefused("notes.txt", "Shopping list\nmilk\n", "file 'notes.txt': cannot tell what archive file it is:"
                + " its name is no archive path and its first line names no archive kind");
    }

    @Test
    void anUnreadableMonthIsRefused() {
        assertRefused("x.txt", "User Registrations for Febtober 2024\n\n",
                "file 'x.txt': line 1: 'Febtober 2024' is not a '<Month YYYY>' month, so the file's month is unknown");
    }

    @Test
    void aPrayerWithoutSubmittedIsRefused() {
        assertRefused("x.txt", "Prayer abc by Pat\n\nPlease pray.\n\nActivity:\n", "file 'x.txt': a prayer file"
                + " without a readable 'Submitted <Month DD YYYY at HH:MM>' line cannot be placed");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() {
        byte[] bytes = "User Registrations for February 2024\n\nMar\u00eda".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> LooseFile.place("2024_02_users.txt", bytes))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("file '2024_02_users.txt': line 3: not valid UTF-8: byte 0xED at column 4 (byte offset 41)");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("2024_02_users.txt", "", "file '2024_02_users.txt': it is empty");
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("2024_02_users.txt"), USERS);
        assertThatThrownBy(() -> LooseFile.place(file, 10))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("file '2024_02_users.txt': larger than the limit of 10 bytes");
    }
}
