package org.thywill.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.UserRow;

/**
 * A member bundle over a small community built in the test: {@code Ann}, whose name is part of {@code Mary Ann}'s
 * and {@code Annette}'s, with marks in February 2024, October 2024 and January 2025 (string order of the day
 * lines would put January 2025 before October 2024).
 */
class MemberBundleTest {

    static final String P_ANN = "aaaa0000000000000000000000000001";
    static final String P_ANN_2 = "aaaa0000000000000000000000000002";
    static final String P_MARY_ANN = "bbbb0000000000000000000000000001";
    static final String P_ESCAPING = "aaaa0000000000000000000000000003";
    static final String P_MISSING = "aaaa0000000000000000000000000004";

    @TempDir
    Path dir;
    Path root;
    Database db;
    BundleService service;

    @BeforeEach
    void community() throws IOException {
        root = Files.createDirectories(dir.resolve("text_archives"));
        write("users/2024_02_users.txt", """
                User Registrations for February 2024

                February 03 2024 at 10:00 - Mary Ann joined directly
                February 05 2024 at 11:00 - Ann joined on invitation from Mary Ann
                February 06 2024 at 12:00 - Annette joined on invitation from Ann
                """);
        write("users/2024_10_users.txt", """
                User Registrations for October 2024

                October 01 2024 at 09:00 - Joanna joined on invitation from Ann
                October 02 2024 at 09:30 - Ann joined directly
                """);
        write("users/user_attributes.txt", "User Attributes\n");
        write("activity/activity_2024_02.txt", "Activity for February 2024\n");
        write("activity/activity_2024_10.txt", "Activity for October 2024\n");
        write("prayers/2024/02/2024_02_05_prayer_at_1130.txt", "Prayer " + P_ANN + " by Ann\nverbatim  \n");
        write("prayers/2024/10/2024_10_03_prayer_at_0800.txt", "Prayer " + P_ANN_2 + " by Ann\n");
        write("prayers/2024/02/2024_02_04_prayer_at_0900.txt", "Prayer " + P_MARY_ANN + " by Mary Ann\n");
        Files.writeString(dir.resolve("outside.txt"), "outside the root");

        db = Database.open(dir.resolve("thywill.db"));
        db.runInTransaction(c -> {
            Repositories.USERS.insert(c, UserRow.registered("Mary Ann", t("2024-02-03T10:00:11"), null, null, null));
            Repositories.USERS.insert(c, UserRow.registered("Ann", t("2024-02-05T11:00:22"), "Mary Ann", null,
                    "text_archives/users/2024_02_users.txt"));
            Repositories.USERS.insert(c, UserRow.registered("Annette", t("2024-02-06T12:00:33"), "Ann", null, null));
            Repositories.PRAYERS.insert(c, PrayerRow.submitted(P_ANN, "Ann", "help", null, null, t("2024-02-05T11:30:01"),
                    "text_archives/prayers/2024/02/2024_02_05_prayer_at_1130.txt"));
            Repositories.PRAYERS.insert(c, PrayerRow.submitted(P_ANN_2, "Ann", "more", null, null,
                    t("2024-10-03T08:00:01"), "prayers/2024/10/2024_10_03_prayer_at_0800.txt"));
            Repositories.PRAYERS.insert(c, PrayerRow.submitted(P_MARY_ANN, "Mary Ann", "hers", null, null,
                    t("2024-02-04T09:00:00"), "text_archives/prayers/2024/02/2024_02_04_prayer_at_0900.txt"));
            Repositories.PRAYERS.insert(c, PrayerRow.submitted(P_ESCAPING, "Ann", "x", null, null,
                    t("2024-03-01T00:00:00"), "text_archives/../outside.txt"));
            Repositories.PRAYERS.insert(c, PrayerRow.submitted(P_MISSING, "Ann", "y", null, null,
                    t("2024-03-02T00:00:00"), "text_archives/prayers/2024/03/gone.txt"));
            // Inserted out of date order on purpose.
            mark(c, "m1", "Ann", P_MARY_ANN, "2025-01-02T07:05:00");
            mark(c, "m2", "Ann", P_MARY_ANN, "2024-10-01T20:15:00");
            mark(c, "m3", "Ann", P_MARY_ANN, "2024-02-10T09:00:00");
            mark(c, "m4", "Mary Ann", P_ANN, "2024-02-10T09:30:00");
            mark(c, "m5", "Ann", P_ANN_2, "2024-02-10T08:00:00");
        });
        service = new BundleService(root, () -> db, dir.resolve("downloads"), CommunityBundleTest.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void annGetsOnlyHerOwnRegistrationLinesPrayersAndMarks() throws IOException {
        BundleResult result = service.memberBundle("Ann", true, null);

        assertThat(result.path()).isEqualTo(dir.resolve("downloads/Ann_archive_2025_03_04_0506.zip"));
        ZipContents zip = ZipContents.of(result.path());
        assertThat(zip.names()).containsExactly(
                "Ann_text_archive/activities/my_prayer_activities.txt",
                "Ann_text_archive/community/activity/activity_2024_02.txt",
                "Ann_text_archive/community/activity/activity_2024_10.txt",
                "Ann_text_archive/community/users/2024_02_users.txt",
                "Ann_text_archive/community/users/2024_10_users.txt",
                "Ann_text_archive/community/users/user_attributes.txt",
                "Ann_text_archive/personal/registration.txt",
                "Ann_text_archive/prayers/prayer_" + P_ANN + "_2024_02_05.txt",
                "Ann_text_archive/prayers/prayer_" + P_ANN_2 + "_2024_10_03.txt");
        assertThat(zip.text("Ann_text_archive/personal/registration.txt")).isEqualTo("""
                User Registration Information:

                February 05 2024 at 11:00 - Ann joined on invitation from Mary Ann
                October 02 2024 at 09:30 - Ann joined directly""");
        assertThat(zip.bytes().get("Ann_text_archive/prayers/prayer_" + P_ANN + "_2024_02_05.txt"))
                .isEqualTo(Files.readAllBytes(root.resolve("prayers/2024/02/2024_02_05_prayer_at_1130.txt")));
        assertThat(zip.bytes().get("Ann_text_archive/community/users/2024_10_users.txt"))
                .isEqualTo(Files.readAllBytes(root.resolve("users/2024_10_users.txt")));
        assertThat(zip.text("Ann_text_archive/activities/my_prayer_activities.txt")).isEqualTo(
                "Prayer Activities for Ann\n" + "=".repeat(50) + "\n\n"
                + "February 10 2024\n"
                + "08:00 - Prayed for prayer " + P_ANN_2 + "\n"
                + "09:00 - Prayed for prayer " + P_MARY_ANN + "\n"
                + "\n"
                + "October 01 2024\n"
                + "20:15 - Prayed for prayer " + P_MARY_ANN + "\n"
                + "\n"
                + "January 02 2025\n"
                + "07:05 - Prayed for prayer " + P_MARY_ANN + "\n"
                + "\n");
        assertThat(result.skipped()).containsExactly(
                new SkippedItem("prayer " + P_ESCAPING, "stored path text_archives/../outside.txt leaves the archive root"),
                new SkippedItem("prayer " + P_MISSING, "archive file text_archives/prayers/2024/03/gone.txt not found"));
        assertThat(result.entries()).isEqualTo(9);
    }

    @Test
    void maryAnnGetsHerLinesNotThoseThatOnlyMentionHer() throws IOException {
        ZipContents zip = ZipContents.of(service.memberBundle("Mary Ann", false, null).path());
        assertThat(zip.names()).containsExactly(
                "Mary Ann_text_archive/activities/my_prayer_activities.txt",
                "Mary Ann_text_archive/personal/registration.txt",
                "Mary Ann_text_archive/prayers/prayer_" + P_MARY_ANN + "_2024_02_04.txt");
        assertThat(zip.text("Mary Ann_text_archive/personal/registration.txt")).isEqualTo(
                "User Registration Information:\n\nFebruary 03 2024 at 10:00 - Mary Ann joined directly");
        assertThat(zip.text("Mary Ann_text_archive/activities/my_prayer_activities.txt"))
                .endsWith("February 10 2024\n09:30 - Prayed for prayer " + P_ANN + "\n\n");
    }

    @Test
    void withoutCommunityThereIsNoCommunityFolder() throws IOException {
        ZipContents zip = ZipContents.of(service.memberBundle("Ann", false, null).path());
        assertThat(zip.names()).noneMatch(n -> n.contains("/community/")).hasSize(4);
    }

    @Test
    void aMemberWithoutMarksOrLinesGetsTheOriginalsFallbacks() throws IOException {
        db.runInTransaction(c -> Repositories.USERS.insert(c,
                UserRow.registered("O'Brien", t("2024-05-06T07:08:09.5"), null, null, null)));
        BundleResult result = service.memberBundle("O'Brien", false, null);
        assertThat(result.path().getFileName()).hasToString("O_Brien_archive_2025_03_04_0506.zip");
        ZipContents zip = ZipContents.of(result.path());
        assertThat(zip.text("O'Brien_text_archive/personal/registration.txt"))
                .isEqualTo("User: O'Brien\nRegistered: 2024-05-06 07:08:09.500000\nDetails not found in archive");
        assertThat(zip.text("O'Brien_text_archive/activities/my_prayer_activities.txt"))
                .isEqualTo("Prayer Activities for O'Brien\n" + "=".repeat(50) + "\n\nNo prayer activities found.\n");
    }

    @Test
    void anUnknownOrInexactNameIsRefused() {
        assertThatThrownBy(() -> service.memberBundle("ann", true, null)).isInstanceOf(UnknownMemberException.class);
        assertThatThrownBy(() -> service.memberBundle("Ann ", true, null)).isInstanceOf(UnknownMemberException.class);
    }

    @Test
    void safeFileNamesFromDisplayNames() {
        assertThat(SafeFileName.of("D'Angelo Price")).isEqualTo("D_Angelo_Price");
        assertThat(SafeFileName.of("李明")).isEqualTo("李明");
        assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("etc_passwd");
        assertThat(SafeFileName.of("..")).isEqualTo("member");
        assertThat(SafeFileName.of("Anne - Marie")).isEqualTo("Anne_-_Marie");
        assertThat(SafeFileName.of("Zoë")).isEqualTo("Zoë");
        assertThat(SafeFileName.of("a\\b/c\u0000d")).isEqualTo("a_b_c_d");
        assertThat(SafeFileName.of("x".repeat(100))).hasSize(64);
        for (String name : List.of("..", ".", "/", "a/../b", "\u0000")) {
            assertThat(SafeFileName.of(name)).doesNotContain("/", "\\", "..").isNotEmpty();
        }
    }

    @Test
    void aDisplayNameThatCannotBeAFolderGetsItsSafeName() {
        assertThat(MemberBundle.folder("Mary Ann")).isEqualTo("Mary Ann_text_archive/");
        assertThat(MemberBundle.folder("a/b")).isEqualTo("a_b_text_archive/");
        assertThat(MemberBundle.folder("..")).isEqualTo(".._text_archive/");
    }

    private void write(String relative, String text) throws IOException {
        Path f = root.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private static void mark(java.sql.Connection c, String id, String user, String prayer, String at)
            throws java.sql.SQLException {
        Repositories.PRAYER_MARKS.insert(c, new PrayerMarkRow(id, user, prayer, t(at), null));
    }

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }
}
