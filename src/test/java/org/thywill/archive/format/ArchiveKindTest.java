package org.thywill.archive.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchiveKindTest {

    @Test
    void recognisesKindsByTheirPathUnderTheArchiveRoot() {
        assertThat(ArchiveKind.of("prayers/2024/02/2024_02_29_prayer_at_1234_3.txt")).contains(ArchiveKind.PRAYER);
        assertThat(ArchiveKind.of("users/2024_02_users.txt")).contains(ArchiveKind.USER_REGISTRATIONS);
        assertThat(ArchiveKind.of("users/user_attributes.txt")).contains(ArchiveKind.USER_ATTRIBUTES);
        assertThat(ArchiveKind.of("prayers/marks/2024_02_marks.txt")).contains(ArchiveKind.MONTHLY_MARKS);
        assertThat(ArchiveKind.of("prayers/prayer_marks.txt")).contains(ArchiveKind.EXPORT_PRAYER_MARKS);
        assertThat(ArchiveKind.of("auth/2024_02_security_events.txt")).contains(ArchiveKind.AUTH_SECURITY_EVENTS);
        assertThat(ArchiveKind.of("security/2024_02_security_events.txt")).contains(ArchiveKind.EXPORT_SECURITY_EVENTS);
        assertThat(ArchiveKind.of("system/event_log/session_events_2024_02.txt")).contains(ArchiveKind.EVENT_LOG);
        assertThat(ArchiveKind.of("membership_applications/20250706_120733_0123456789abcdef0123456789abcdef.txt"))
                .contains(ArchiveKind.MEMBERSHIP_APPLICATION);
    }

    @Test
    void unknownPathsHaveNoKind() {
        assertThat(ArchiveKind.of("prayers/2024/notes.txt")).isEmpty();
        assertThat(ArchiveKind.of("downloads/complete_site_archive_2024_01_01_1200.zip")).isEmpty();
        assertThat(ArchiveKind.of("users/2024_2_users.txt")).isEmpty();
    }

    @Test
    void anyPathIsRecognisedByItsLongestKnownSuffix() {
        assertThat(ArchiveKind.ofAnyPath("/srv/community/text_archives/users/2024_01_users.txt"))
                .contains(ArchiveKind.USER_REGISTRATIONS);
        assertThat(ArchiveKind.ofAnyPath("C:\\data\\text_archives\\prayers\\2024\\01\\2024_01_01_prayer_at_0000.txt"))
                .contains(ArchiveKind.PRAYER);
        assertThat(ArchiveKind.ofAnyPath("/tmp/random.txt")).isEmpty();
    }

    @Test
    void sniffsKindsFromTheFirstLineWhenThePathSaysNothing() {
        assertThat(ArchiveKind.sniff("Prayer abc by Mary Ann\nSubmitted June 05 2024 at 09:07\n")).contains(ArchiveKind.PRAYER);
        assertThat(ArchiveKind.sniff("User Registrations for July 2025\n\n")).contains(ArchiveKind.USER_REGISTRATIONS);
        assertThat(ArchiveKind.sniff("Security Events for July 2025\nFormat: x\n\n")).contains(ArchiveKind.AUTH_SECURITY_EVENTS);
        assertThat(ArchiveKind.sniff("Security Events for July 2025 (exported July 16 2025 at 17:56)\n"))
                .contains(ArchiveKind.EXPORT_SECURITY_EVENTS);
        assertThat(ArchiveKind.sniff("Prayer Marks (exported July 16 2025 at 17:56)\n")).contains(ArchiveKind.EXPORT_PRAYER_MARKS);
        assertThat(ArchiveKind.sniff("hello world\n")).isEmpty();
        assertThat(ArchiveKind.sniff("")).isEmpty();
    }
}
