package org.thywill.archive.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thywill.archive.intake.Zips.entries;
import static org.thywill.archive.intake.Zips.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.format.ArchiveKind;

class ZipInspectorTest {

    static final String USERS = "User Registrations for January 2024\n\n"
            + "January 05 2024 at 09:00 - Pat joined directly\n";
    static final String ACTIVITY = "Activity for January 2024\n\n\nJanuary 05 2024\n09:00 - Pat registered directly\n";

    @TempDir
    Path dir;

    /** Inspects the ZIP and stages it into {@code dir/staging}. */
    private ZipInspection intake(byte[] zipBytes, ZipLimits limits) throws Exception {
        Path zip = Zips.write(dir, "drop.zip", zipBytes);
        ZipInspection inspection = ZipInspector.inspect(zip, limits);
        EntryStager.stageAll(inspection, dir.resolve("staging"));
        return inspection;
    }

    private void assertRefused(byte[] zipBytes, ZipLimits limits, String reason) {
        assertThatThrownBy(() -> intake(zipBytes, limits))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage(reason);
        assertThat(filesUnder(dir.resolve("staging"))).as("nothing staged").isEmpty();
    }

    private void assertRefused(byte[] zipBytes, String reason) {
        assertRefused(zipBytes, ZipLimits.DEFAULTS, reason);
    }

    static List<Path> filesUnder(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String NOT_A_ZIP = "not a readable ZIP file: its central directory is missing or corrupt"
            + " (truncated or damaged?)";

    // ---- bad input, one test each -------------------------------------------------------------------

    @Test
    void truncatedZipIsRefused() {
        byte[] whole = zip(entries("text_archives/users/2024_01_users.txt", USERS.repeat(50)));
        assertRefused(Arrays.copyOf(whole, whole.length / 2), NOT_A_ZIP);
    }

    @Test
    void zipCutJustBeforeItsEndRecordIsRefused() {
        byte[] whole = zip(entries("text_archives/users/2024_01_users.txt", USERS));
        assertRefused(Arrays.copyOf(whole, whole.length - 10), NOT_A_ZIP);
    }

    @Test
    void corruptBytesAreRefused() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertRefused(garbage, NOT_A_ZIP);
    }

    @Test
    void corruptCentralDirectoryIsRefused() {
        byte[] whole = zip(entries("text_archives/users/2024_01_users.txt", USERS));
        byte[] broken = whole.clone();
        for (int i = 0; i + 4 <= broken.length; i++) {
            if (broken[i] == 'P' && broken[i + 1] == 'K' && broken[i + 2] == 1 && broken[i + 3] == 2) {
                broken[i + 2] = 9; // central directory header signature destroyed
            }
        }
        assertRefused(broken, NOT_A_ZIP);
    }

    @Test
    void dotDotEntryIsRefused() {
        assertRefused(zip(entries("users/2024_01_users.txt", USERS, "../evil.txt", "x")),
                "entry '../evil.txt': its name climbs out of the folder with '..'");
    }

    @Test
    void dotDotInsideTheNameIsRefused() {
        assertRefused(zip(entries("text_archives/users/../../../etc/cron.d/evil", "x")),
                "entry 'text_archives/users/../../../etc/cron.d/evil': its name climbs out of the folder with '..'");
    }

    /** java.util.zip marks entries as made on FAT, and commons-compress then reads a backslash as a separator. */
    @Test
    void backslashDotDotEntryIsRefused() {
        assertRefused(zip(entries("users/2024_01_users.txt", USERS, "..\\..\\evil.txt", "x")),
                "entry '../../evil.txt': its name climbs out of the folder with '..'");
    }

    /** An entry made on Unix keeps its backslashes; our own name check still reads them as separators. */
    @Test
    void unixMadeBackslashDotDotEntryIsRefused() {
        assertRefused(unixZip("users/2024_01_users.txt", "..\\..\\evil.txt"),
                "entry '..\\..\\evil.txt': its name climbs out of the folder with '..'");
    }

    @Test
    void unixMadeBackslashAbsoluteEntryIsRefused() {
        assertRefused(unixZip("users/2024_01_users.txt", "\\etc\\passwd"),
                "entry '\\etc\\passwd': its name is an absolute path");
    }

    @Test
    void unixMadeDriveLetterEntryIsRefused() {
        assertRefused(unixZip("users/2024_01_users.txt", "C:\\evil.txt"),
                "entry 'C:\\evil.txt': its name starts with a drive letter");
    }

    private static byte[] unixZip(String... names) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : names) {
            entries.put(name, USERS.getBytes(StandardCharsets.UTF_8));
        }
        return Zips.madeOnUnix(zip(entries));
    }

    @Test
    void absolutePathEntryIsRefused() {
        assertRefused(zip(entries("/etc/passwd", "x")), "entry '/etc/passwd': its name is an absolute path");
    }

    @Test
    void backslashAbsolutePathEntryIsRefused() {
        assertRefused(zip(entries("\\\\server\\share\\evil.txt", "x")),
                "entry '//server/share/evil.txt': its name is an absolute path");
    }

    @Test
    void driveLetterEntryIsRefused() {
        assertRefused(zip(entries("C:\\Windows\\evil.txt", "x")),
                "entry 'C:/Windows/evil.txt': its name starts with a drive letter");
    }

    @Test
    void driveLetterWithSlashesIsRefused() {
        assertRefused(zip(entries("c:/evil.txt", "x")), "entry 'c:/evil.txt': its name starts with a drive letter");
    }

    @Test
    void nulCharacterInNameIsRefused() {
        assertRefused(zip(entries("users/2024_01_users.txt\u0000.jpg", USERS)),
                "entry 'users/2024_01_users.txt\\u0000.jpg': its name contains the control character U+0000");
    }

    @Test
    void controlCharacterInNameIsRefused() {
        assertRefused(zip(entries("users/evil\nline.txt", "x")),
                "entry 'users/evil\\u000Aline.txt': its name contains the control character U+000A");
    }

    @Test
    void emptySegmentIsRefused() {
        assertRefused(zip(entries("users//2024_01_users.txt", USERS)),
                "entry 'users//2024_01_users.txt': its name has an empty or '.' path segment");
    }

    @Test
    void symlinkEntryIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry users = new ZipArchiveEntry("text_archives/users/2024_01_users.txt");
            out.putArchiveEntry(users);
            out.write(USERS.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            ZipArchiveEntry link = new ZipArchiveEntry("text_archives/users/2024_02_users.txt");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        assertRefused(bytes.toByteArray(), "entry 'text_archives/users/2024_02_users.txt': it is a symbolic link");
    }

    @Test
    void deviceFileEntryIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry fifo = new ZipArchiveEntry("users/2024_01_users.txt");
            fifo.setUnixMode(0010644);
            out.putArchiveEntry(fifo);
            out.closeArchiveEntry();
        }
        assertRefused(bytes.toByteArray(), "entry 'users/2024_01_users.txt': it is not a regular file (unix mode 010644)");
    }

    @Test
    void moreEntriesThanTheCapIsRefused() {
        byte[] zip = zip(entries("users/2024_01_users.txt", USERS, "users/2024_02_users.txt", USERS,
                "users/2024_03_users.txt", USERS, "users/2024_04_users.txt", USERS));
        assertRefused(zip, ZipLimits.of(3, 1000, 10_000), "the ZIP has 4 entries, more than the limit of 3");
    }

    @Test
    void folderEntriesCountTowardsTheEntryCap() {
        byte[] zip = zip(entries("users/", "", "users/2024_01_users.txt", USERS));
        assertRefused(zip, ZipLimits.of(1, 1000, 10_000), "the ZIP has 2 entries, more than the limit of 1");
    }

    @Test
    void totalDeclaredSizeOverTheCapIsRefused() {
        byte[] zip = zip(entries("users/2024_01_users.txt", "a".repeat(100), "users/2024_02_users.txt", "b".repeat(100)));
        assertRefused(zip, ZipLimits.of(10, 100, 150),
                "the ZIP's entries declare 200 bytes uncompressed in total, more than the limit of 150 bytes");
    }

    @Test
    void oneEntryOverTheCapIsRefused() {
        byte[] zip = zip(entries("users/2024_01_users.txt", USERS, "users/2024_02_users.txt", "b".repeat(101)));
        assertRefused(zip, ZipLimits.of(10, 100, 10_000),
                "entry 'users/2024_02_users.txt': it declares 101 bytes uncompressed, more than the per-entry limit"
                        + " of 100 bytes");
    }

    @Test
    void encryptedEntryIsRefused() {
        byte[] zip = Zips.withEncryptedFlag(zip(entries("text_archives/users/2024_01_users.txt", USERS,
                "text_archives/users/2024_02_users.txt", USERS)), "text_archives/users/2024_02_users.txt");
        assertRefused(zip, "entry 'text_archives/users/2024_02_users.txt': it is encrypted");
    }

    /** Methods commons-compress knows but decodes only with libraries we do not ship, and one nobody knows. */
    @ParameterizedTest
    @CsvSource({"93, ' (ZSTD)'", "20, ' (ZSTD_DEPRECATED)'", "95, ' (XZ)'", "14, ' (LZMA)'", "250, ''"})
    void anEntryCompressedWithAMethodWeCannotDecodeIsRefused(int method, String name) {
        byte[] zip = Zips.withMethod(zip(entries("text_archives/users/2024_01_users.txt", USERS,
                "text_archives/users/2024_02_users.txt", USERS)), "text_archives/users/2024_02_users.txt", method);
        assertRefused(zip, "entry 'text_archives/users/2024_02_users.txt': it uses compression method " + method + name
                + ", which cannot be read");
    }

    @Test
    void sameNameTwiceIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (String text : List.of(USERS, "something else\n")) {
                out.putArchiveEntry(new ZipArchiveEntry("users/2024_01_users.txt"));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        assertRefused(bytes.toByteArray(), "entry 'users/2024_01_users.txt': the ZIP holds this name more than once");
    }

    @Test
    void backslashAndSlashSpellingsOfOneNameAreTheSameName() {
        assertRefused(zip(entries("users/2024_01_users.txt", USERS, "users\\2024_01_users.txt", USERS)),
                "entry 'users/2024_01_users.txt': the ZIP holds this name more than once");
    }

    @Test
    void fileThatIsAlsoAFolderIsRefused() {
        assertRefused(zip(entries("users", "x", "users/2024_01_users.txt", USERS)),
                "entry 'users/2024_01_users.txt': its folder 'users' is also a file in the ZIP");
    }

    @Test
    void zipWithoutAnyArchiveFileIsRefused() {
        assertRefused(zip(entries("holiday/photo.jpg", "x", "notes.txt", "y")),
                "the ZIP holds no archive file: no entry is at an archive path such as prayers/YYYY/MM/…_prayer_at_HHMM.txt,"
                        + " users/YYYY_MM_users.txt or activity/activity_YYYY_MM.txt, at the top or inside a folder");
    }

    @Test
    void emptyZipIsRefused() {
        assertRefused(zip(entries()), "the ZIP holds no archive file: no entry is at an archive path such as"
                + " prayers/YYYY/MM/…_prayer_at_HHMM.txt, users/YYYY_MM_users.txt or activity/activity_YYYY_MM.txt,"
                + " at the top or inside a folder");
    }

    @Test
    void twoTreesSideBySideAreRefused() {
        assertRefused(zip(entries("a/text_archives/users/2024_01_users.txt", USERS,
                        "b/text_archives/users/2024_01_users.txt", USERS)),
                "the ZIP holds more than one archive tree: 'a/text_archives/' and 'b/text_archives/'; drop them one at a time");
    }

    // ---- what an accepted ZIP looks like ------------------------------------------------------------

    @Test
    void communityBundleRootIsCompleteSiteArchive() throws Exception {
        ZipInspection inspection = intake(zip(entries(
                "complete_site_archive/", "",
                "complete_site_archive/users/2024_01_users.txt", USERS,
                "complete_site_archive/activity/activity_2024_01.txt", ACTIVITY,
                "complete_site_archive/foundational_prayers/lords_prayer.txt", "Our Father\n",
                "complete_site_archive/archive_metadata.json", "{}",
                "complete_site_archive/README.txt", "readme\n")), ZipLimits.DEFAULTS);

        assertThat(inspection.rootPrefix()).isEqualTo("complete_site_archive/");
        assertThat(inspection.files()).extracting(InspectedEntry::relativePath)
                .containsExactly("users/2024_01_users.txt", "activity/activity_2024_01.txt");
        assertThat(inspection.files()).extracting(InspectedEntry::kind)
                .containsExactly(ArchiveKind.USER_REGISTRATIONS, ArchiveKind.SITE_ACTIVITY);
        assertThat(inspection.skipped()).extracting(SkippedEntry::name).containsExactly(
                "complete_site_archive/foundational_prayers/lords_prayer.txt",
                "complete_site_archive/archive_metadata.json", "complete_site_archive/README.txt");
        assertThat(inspection.skipped().get(2).reason()).isEqualTo("not an archive file ('README.txt' is no archive path)");
        assertThat(inspection.directories()).containsExactly("complete_site_archive/");
        assertThat(Files.readString(dir.resolve("staging/users/2024_01_users.txt"))).isEqualTo(USERS);
        assertThat(filesUnder(dir.resolve("staging"))).hasSize(2);
    }

    @Test
    void bareTreeHasNoPrefix() throws Exception {
        ZipInspection inspection = intake(zip(entries("users/2024_01_users.txt", USERS,
                "prayers/2024/01/2024_01_05_prayer_at_0900.txt", "Prayer x by Pat\n")), ZipLimits.DEFAULTS);

        assertThat(inspection.rootPrefix()).isEmpty();
        assertThat(inspection.files()).extracting(InspectedEntry::relativePath)
                .containsExactly("users/2024_01_users.txt", "prayers/2024/01/2024_01_05_prayer_at_0900.txt");
        assertThat(inspection.declaredTotalBytes()).isEqualTo(USERS.length() + "Prayer x by Pat\n".length());
    }

    @Test
    void nestedTextArchivesFolderIsTheRoot() throws Exception {
        ZipInspection inspection = intake(zip(entries(
                "a/b/text_archives/users/2024_01_users.txt", USERS,
                "a/b/text_archives/activity/activity_2024_01.txt", ACTIVITY,
                "a/b/notes.txt", "outside\n")), ZipLimits.DEFAULTS);

        assertThat(inspection.rootPrefix()).isEqualTo("a/b/text_archives/");
        assertThat(inspection.files()).extracting(InspectedEntry::relativePath)
                .containsExactly("users/2024_01_users.txt", "activity/activity_2024_01.txt");
        assertThat(inspection.skipped()).containsExactly(new SkippedEntry("a/b/notes.txt",
                "outside the archive root 'a/b/text_archives/'"));
    }

    @Test
    void textArchivesFolderIsTheRoot() throws Exception {
        ZipInspection inspection = intake(zip(entries("text_archives/users/2024_01_users.txt", USERS)),
                ZipLimits.DEFAULTS);
        assertThat(inspection.rootPrefix()).isEqualTo("text_archives/");
    }

    @Test
    void aTreeInsideTheTreeIsNotASecondRoot() throws Exception {
        ZipInspection inspection = intake(zip(entries(
                "text_archives/users/2024_01_users.txt", USERS,
                "text_archives/downloads/old/complete_site_archive/users/2024_01_users.txt", USERS)), ZipLimits.DEFAULTS);

        assertThat(inspection.rootPrefix()).isEqualTo("text_archives/");
        assertThat(inspection.files()).extracting(InspectedEntry::relativePath).containsExactly("users/2024_01_users.txt");
        assertThat(inspection.skipped()).extracting(SkippedEntry::name)
                .containsExactly("text_archives/downloads/old/complete_site_archive/users/2024_01_users.txt");
    }

    @Test
    void macosMetadataAndDotFilesAreSkippedNotRefused() throws Exception {
        ZipInspection inspection = intake(zip(entries(
                "text_archives/users/2024_01_users.txt", USERS,
                "__MACOSX/text_archives/users/._2024_01_users.txt", "resource fork",
                "text_archives/.DS_Store", "finder",
                "text_archives/.git/config", "x")), ZipLimits.DEFAULTS);

        assertThat(inspection.files()).extracting(InspectedEntry::relativePath).containsExactly("users/2024_01_users.txt");
        assertThat(inspection.skipped()).containsExactly(
                new SkippedEntry("__MACOSX/text_archives/users/._2024_01_users.txt", "macOS metadata (__MACOSX/)"),
                new SkippedEntry("text_archives/.DS_Store", "hidden file or folder ('.DS_Store')"),
                new SkippedEntry("text_archives/.git/config", "hidden file or folder ('.git')"));
        assertThat(filesUnder(dir.resolve("staging"))).hasSize(1);
    }

    @Test
    void windowsBackslashNamesAreReadAsPaths() throws Exception {
        ZipInspection inspection = intake(zip(entries("text_archives\\users\\2024_01_users.txt", USERS)),
                ZipLimits.DEFAULTS);

        assertThat(inspection.rootPrefix()).isEqualTo("text_archives/");
        assertThat(inspection.files()).containsExactly(new InspectedEntry("text_archives/users/2024_01_users.txt",
                "users/2024_01_users.txt", ArchiveKind.USER_REGISTRATIONS, USERS.length()));
        assertThat(Files.readString(dir.resolve("staging/users/2024_01_users.txt"))).isEqualTo(USERS);
    }

    @Test
    void unixMadeBackslashNamesAreReadAsPathsToo() throws Exception {
        ZipInspection inspection = intake(unixZip("text_archives\\users\\2024_01_users.txt"), ZipLimits.DEFAULTS);

        assertThat(inspection.rootPrefix()).isEqualTo("text_archives/");
        assertThat(inspection.files()).containsExactly(new InspectedEntry("text_archives\\users\\2024_01_users.txt",
                "users/2024_01_users.txt", ArchiveKind.USER_REGISTRATIONS, USERS.length()));
        assertThat(Files.readString(dir.resolve("staging/users/2024_01_users.txt"))).isEqualTo(USERS);
    }

    @Test
    void looksLikeZipTellsZipsFromTextFiles() throws IOException {
        Path zip = Zips.write(dir, "a.zip", zip(entries("users/2024_01_users.txt", USERS)));
        Path text = Files.writeString(dir.resolve("a.txt"), USERS);
        assertThat(ZipInspector.looksLikeZip(zip)).isTrue();
        assertThat(ZipInspector.looksLikeZip(text)).isFalse();
    }

    @Test
    void limitsHaveSensibleDefaults() {
        assertThat(ZipLimits.defaults()).isEqualTo(ZipLimits.of(200_000, 64L << 20, 2L << 30));
        assertThatThrownBy(() -> ZipLimits.of(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
