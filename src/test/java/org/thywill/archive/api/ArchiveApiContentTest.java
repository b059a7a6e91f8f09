package org.thywill.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** What the endpoints answer, over real HTTP: ZIPs entry by entry, JSON field by field, files byte for byte. */
class ArchiveApiContentTest {

    private static final String KEVIN = "sid-member-a-kevin";
    private static final String MARY = "sid-member-b-mary";
    private static final String PAT = "sid-admin-by-role-pat";
    private static final String KEVIN_PRAYER_FILE = "prayers/2024/12/2024_12_31_prayer_at_2359.txt";

    @TempDir
    static Path dir;
    static ApiService api;

    @BeforeAll
    static void start() throws Exception {
        api = ApiService.start(dir, Map.of("thywill.http.downloads.max-per-minute", "1000"));
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static byte[] archiveFile(String relative) throws Exception {
        return Files.readAllBytes(api.archives.resolve(relative));
    }

    private static List<String> txtFiles(String folder) throws Exception {
        try (Stream<Path> s = Files.list(api.archives.resolve(folder))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void theMemberZipHoldsTheirRegistrationPrayersMarksAndTheCommunityFilesEntryByEntry() throws Exception {
        HttpResponse<byte[]> r = api.get("/api/archive/user/Kevin%20Garcia/download", KEVIN);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).matches(
                "attachment; filename=\"Kevin_Garcia_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}(_\\d+)?\\.zip\"; "
                        + "filename\\*=UTF-8''Kevin_Garcia_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}(_\\d+)?\\.zip");
        Map<String, byte[]> zip = ApiService.zipEntries(r.body());
        String top = "Kevin Garcia_text_archive/";
        List<String> expected = new ArrayList<>(List.of(top + "personal/registration.txt",
                top + "prayers/prayer_8468d3806fe044f092f5f234c0abf60d_2024_12_31.txt",
                top + "activities/my_prayer_activities.txt"));
        for (String f : txtFiles("activity")) {
            expected.add(top + "community/activity/" + f);
        }
        for (String f : txtFiles("users")) {
            expected.add(top + "community/users/" + f);
        }
        expected.sort(null);
        // the bundle writer stores entries in name order
        assertThat(zip.keySet()).containsExactlyElementsOf(expected);

        assertThat(new String(zip.get(top + "personal/registration.txt"), StandardCharsets.UTF_8)).isEqualTo(
                "User Registration Information:\n\nOctober 12 2024 at 06:07 - Kevin Garcia joined on invitation from 李明");
        assertThat(zip.get(top + "prayers/prayer_8468d3806fe044f092f5f234c0abf60d_2024_12_31.txt"))
                .isEqualTo(archiveFile(KEVIN_PRAYER_FILE));
        assertThat(new String(zip.get(top + "activities/my_prayer_activities.txt"), StandardCharsets.UTF_8))
                .isEqualTo("Prayer Activities for Kevin Garcia\n" + "=".repeat(50) + "\n\n"
                        + "January 01 2025\n09:30 - Prayed for prayer e5cf376c8a5040729c33c077598a1da3\n\n");
        for (String f : txtFiles("activity")) {
            assertThat(zip.get(top + "community/activity/" + f)).as(f).isEqualTo(archiveFile("activity/" + f));
        }
        for (String f : txtFiles("users")) {
            assertThat(zip.get(top + "community/users/" + f)).as(f).isEqualTo(archiveFile("users/" + f));
        }
        // the API's builds are not kept in downloads/
        assertThat(api.downloads()).isEmpty();
    }

    @Test
    void withoutTheCommunityTheMemberZipHoldsOnlyTheirOwnFiles() throws Exception {
        HttpResponse<byte[]> r = api.get("/api/archive/user/Kevin%20Garcia/download?include_community=false", KEVIN);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ApiService.zipEntries(r.body()).keySet()).containsExactly(
                "Kevin Garcia_text_archive/activities/my_prayer_activities.txt",
                "Kevin Garcia_text_archive/personal/registration.txt",
                "Kevin Garcia_text_archive/prayers/prayer_8468d3806fe044f092f5f234c0abf60d_2024_12_31.txt");

        HttpResponse<byte[]> bad = api.get("/api/archive/user/Kevin%20Garcia/download?include_community=maybe", KEVIN);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(ApiService.detail(bad)).isEqualTo("include_community must be true or false");
    }

    @Test
    void aNonAsciiNameIsDecodedFromThePathAndNamedInTheDispositionPerRfc5987() throws Exception {
        HttpResponse<byte[]> r = api.get("/api/archive/user/%E6%9D%8E%E6%98%8E/download", "sid-li-ming");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).matches(
                "attachment; filename=\"___archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}(_\\d+)?\\.zip\"; "
                        + "filename\\*=UTF-8''%E6%9D%8E%E6%98%8E_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}(_\\d+)?\\.zip");
        assertThat(ApiService.zipEntries(r.body()).keySet()).contains("李明_text_archive/personal/registration.txt");

        HttpResponse<byte[]> meta = api.get("/api/archive/user/%E6%9D%8E%E6%98%8E/metadata", "sid-li-ming");
        assertThat(meta.statusCode()).isEqualTo(200);
        assertThat(ApiService.json(meta).at("/user/display_name").asText()).isEqualTo("李明");
    }

    @Test
    void anIdThatIsNotUtf8IsABadRequestAndAnUnknownMemberIsNotFound() throws Exception {
        HttpResponse<byte[]> bad = api.get("/api/archive/user/Kevin%C3%28Garcia/metadata", PAT);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ApiService.detail(bad)).startsWith("Bad request");

        for (String endpoint : List.of("metadata", "download")) {
            HttpResponse<byte[]> r = api.get("/api/archive/user/Nobody%20Here/" + endpoint, PAT);
            assertThat(r.statusCode()).as(endpoint).isEqualTo(404);
            assertThat(ApiService.detail(r)).isEqualTo("User not found");
            // a member asking for someone else learns nothing about whether they exist
            assertThat(api.get("/api/archive/user/Nobody%20Here/" + endpoint, KEVIN).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void theMetadataIsTheOriginalsLayoutWithRelativePathsAndCountedFiles() throws Exception {
        HttpResponse<byte[]> r = api.get("/api/archive/user/Kevin%20Garcia/metadata", KEVIN);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode m = ApiService.json(r);
        assertThat(m.fieldNames()).toIterable().containsExactly("user", "prayers", "activities", "archive_statistics");

        JsonNode user = m.get("user");
        assertThat(user.fieldNames()).toIterable()
                .containsExactly("id", "display_name", "registration_date", "text_file_path");
        assertThat(user.get("id").asText()).isEqualTo("Kevin Garcia");
        assertThat(user.get("display_name").asText()).isEqualTo("Kevin Garcia");
        assertThat(user.get("registration_date").asText()).isEqualTo("2024-10-12T06:07:50.867113");
        assertThat(user.get("text_file_path").asText()).isEqualTo("users/2024_10_users.txt");

        assertThat(m.get("prayers")).hasSize(1);
        JsonNode prayer = m.get("prayers").get(0);
        assertThat(prayer.fieldNames()).toIterable()
                .containsExactly("id", "created_at", "project_tag", "text_file_path", "archive_exists");
        assertThat(prayer.get("id").asText()).isEqualTo("8468d3806fe044f092f5f234c0abf60d");
        assertThat(prayer.get("created_at").asText()).isEqualTo("2024-12-31T23:59:11.825083");
        assertThat(prayer.get("project_tag").isNull()).isTrue();
        assertThat(prayer.get("text_file_path").asText()).isEqualTo(KEVIN_PRAYER_FILE);
        assertThat(prayer.get("archive_exists").asBoolean()).isTrue();

        assertThat(m.get("activities")).hasSize(1);
        JsonNode mark = m.get("activities").get(0);
        assertThat(mark.fieldNames()).toIterable()
                .containsExactly("prayer_id", "created_at", "text_file_path", "archive_exists");
        assertThat(mark.get("prayer_id").asText()).isEqualTo("e5cf376c8a5040729c33c077598a1da3");
        assertThat(mark.get("created_at").asText()).isEqualTo("2025-01-01T09:30:38.121836");
        assertThat(mark.get("text_file_path").asText()).isEqualTo("prayers/2025/01/2025_01_01_prayer_at_0001.txt");
        assertThat(mark.get("archive_exists").asBoolean()).isTrue();

        JsonNode stats = m.get("archive_statistics");
        assertThat(stats.fieldNames()).toIterable()
                .containsExactly("total_prayers", "total_activities", "date_range", "total_archive_files");
        assertThat(stats.get("total_prayers").asInt()).isEqualTo(1);
        assertThat(stats.get("total_activities").asInt()).isEqualTo(1);
        assertThat(stats.at("/date_range/earliest").asText()).isEqualTo("2024-12-31T23:59:11.825083");
        assertThat(stats.at("/date_range/latest").asText()).isEqualTo("2025-01-01T09:30:38.121836");
        // registration file, the prayer's file, the marked prayer's file
        assertThat(stats.get("total_archive_files").asInt()).isEqualTo(3);
        assertThat(ApiService.text(r)).doesNotContain(dir.toString()).doesNotContain("text_archives/");
    }

    @Test
    void theMetadataOfAMemberWithSharedAndMissingFilesCountsEachExistingFileOnce() throws Exception {
        // Mary: three prayers, seven marks on prayers whose files are partly the same
        HttpResponse<byte[]> r = api.get("/api/archive/user/Mary/metadata", MARY);
        JsonNode m = ApiService.json(r);
        TreeSet<String> files = new TreeSet<>();
        files.add(m.at("/user/text_file_path").asText());
        m.get("prayers").forEach(p -> files.add(p.get("text_file_path").asText()));
        m.get("activities").forEach(a -> files.add(a.get("text_file_path").asText()));
        assertThat(m.at("/archive_statistics/total_activities").asInt()).isEqualTo(7);
        assertThat(m.at("/archive_statistics/total_archive_files").asInt()).isEqualTo(files.size());
        List<String> times = new ArrayList<>();
        m.get("activities").forEach(a -> times.add(a.get("created_at").asText()));
        assertThat(times).isSorted();
    }

    @Test
    void theCommunityListIsSortedByPeriodNewestFirstWithRelativePaths() throws Exception {
        Path extraDir = dir.resolve("list-extra");
        Files.createDirectories(extraDir);
        Files.writeString(api.archives.resolve("users/user_attributes.txt"), "User Attributes\n");
        Files.write(api.archives.resolve("activity/activity_2023-11.zip"), new byte[] {'P', 'K', 5, 6});
        Files.writeString(extraDir.resolve("outside.txt"), "not ours");
        Files.createSymbolicLink(api.archives.resolve("activity/activity_2099_01.txt"), extraDir.resolve("outside.txt"));
        try {
            HttpResponse<byte[]> r = api.get("/api/archive/community/list", MARY);

            assertThat(r.statusCode()).isEqualTo(200);
            List<String> rows = new ArrayList<>();
            ApiService.json(r).get("archives").forEach(e -> rows.add(e.get("type").asText() + "|"
                    + e.get("period").asText() + "|" + e.get("path").asText() + "|" + e.get("file_count").asInt()
                    + "|" + e.get("compressed").asBoolean()));
            assertThat(rows).containsExactly(
                    "activity|2025_01|activity/activity_2025_01.txt|1|false",
                    "prayers|2025-01|prayers/2025/01|1|false",
                    "activity|2024_12|activity/activity_2024_12.txt|1|false",
                    "prayers|2024-12|prayers/2024/12|1|false",
                    "activity|2024_11|activity/activity_2024_11.txt|1|false",
                    "prayers|2024-11|prayers/2024/11|1|false",
                    "activity|2024_10|activity/activity_2024_10.txt|1|false",
                    "users|2024_10|users/2024_10_users.txt|1|false",
                    "activity|2024_09|activity/activity_2024_09.txt|1|false",
                    "users|2024_09|users/2024_09_users.txt|1|false",
                    "activity|2024_08|activity/activity_2024_08.txt|1|false",
                    "prayers|2024-08|prayers/2024/08|2|false",
                    "users|2024_08|users/2024_08_users.txt|1|false",
                    "activity|2024_06|activity/activity_2024_06.txt|1|false",
                    "users|2024_06|users/2024_06_users.txt|1|false",
                    "activity|2024_05|activity/activity_2024_05.txt|1|false",
                    "prayers|2024-05|prayers/2024/05|1|false",
                    "activity|2024_04|activity/activity_2024_04.txt|1|false",
                    "prayers|2024-04|prayers/2024/04|1|false",
                    "activity|2024_03|activity/activity_2024_03.txt|1|false",
                    "activity|2024_02|activity/activity_2024_02.txt|1|false",
                    "prayers|2024-02|prayers/2024/02|4|false",
                    "users|2024_02|users/2024_02_users.txt|1|false",
                    "activity|2024_01|activity/activity_2024_01.txt|1|false",
                    "prayers|2024-01|prayers/2024/01|2|false",
                    "activity|2023_12|activity/activity_2023_12.txt|1|false",
                    "prayers|2023-12|prayers/2023/12|2|false",
                    "users|2023_12|users/2023_12_users.txt|1|false",
                    "activity|2023-11|activity/activity_2023-11.zip|1|true",
                    "users|user_attributes|users/user_attributes.txt|1|false");
        } finally {
            Files.delete(api.archives.resolve("users/user_attributes.txt"));
            Files.delete(api.archives.resolve("activity/activity_2023-11.zip"));
            Files.delete(api.archives.resolve("activity/activity_2099_01.txt"));
        }
    }

    @Test
    void thePrayerFileIsServedVerbatimAsUtf8Text() throws Exception {
        HttpResponse<byte[]> r = api.get("/api/archive/prayer/8468d3806fe044f092f5f234c0abf60d/file", KEVIN);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"prayer_8468d3806fe044f092f5f234c0abf60d_2024_12_31.txt\"; "
                        + "filename*=UTF-8''prayer_8468d3806fe044f092f5f234c0abf60d_2024_12_31.txt");
        assertThat(r.body()).isEqualTo(archiveFile(KEVIN_PRAYER_FILE));
    }

    @Test
    void otherMembersReadOnlyPrayersThatAreNeitherArchivedNorFlagged() throws Exception {
        String maryPrayer = "/api/archive/prayer/" + ApiService.B_VISIBLE_PRAYER + "/file";
        assertThat(api.get(maryPrayer, KEVIN).statusCode()).isEqualTo(200);

        setFlagged(ApiService.B_VISIBLE_PRAYER, true);
        try {
            HttpResponse<byte[]> hidden = api.get(maryPrayer, KEVIN);
            assertThat(hidden.statusCode()).isEqualTo(403);
            assertThat(ApiService.detail(hidden)).isEqualTo("Access denied");
            assertThat(api.get(maryPrayer, MARY).statusCode()).isEqualTo(200);
            assertThat(api.get(maryPrayer, PAT).statusCode()).isEqualTo(200);
        } finally {
            setFlagged(ApiService.B_VISIBLE_PRAYER, false);
        }

        // an archived row whose value is 'false' does not hide; a restored prayer (row deleted) is visible again
        String archived = "/api/archive/prayer/" + ApiService.A_ARCHIVED_PRAYER + "/file";
        assertThat(api.get(archived, MARY).statusCode()).isEqualTo(403);
        sql("UPDATE prayer_attributes SET attribute_value = 'false' WHERE prayer_id = '" + ApiService.A_ARCHIVED_PRAYER
                + "' AND attribute_name = 'archived'");
        assertThat(api.get(archived, MARY).statusCode()).isEqualTo(200);
        sql("UPDATE prayer_attributes SET attribute_value = 'true' WHERE prayer_id = '" + ApiService.A_ARCHIVED_PRAYER
                + "' AND attribute_name = 'archived'");
        assertThat(api.get(archived, MARY).statusCode()).isEqualTo(403);
    }

    @Test
    void aStoredPathOutsideTheArchiveRootIsNotFoundAndNeverServed() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET server file");
        Path link = api.archives.resolve("prayers/2024/12/link_out.txt");
        Files.createSymbolicLink(link, secret);
        Path linkedFolder = api.archives.resolve("prayers/linked");
        Files.createSymbolicLink(linkedFolder, dir);
        String id = ApiService.B_VISIBLE_PRAYER;
        String original = "text_archives/prayers/2024/04/2024_04_22_prayer_at_2328.txt";
        try {
            for (String stored : List.of("../../etc/passwd", "text_archives/../../secret.txt", secret.toString(),
                    "/etc/passwd", "text_archives/prayers/2024/12/link_out.txt", "text_archives/prayers/linked/secret.txt",
                    "text_archives/prayers/2024/04/no_such_file.txt")) {
                sql("UPDATE prayer SET text_file_path = '" + stored + "' WHERE id = '" + id + "'");
                HttpResponse<byte[]> r = api.get("/api/archive/prayer/" + id + "/file", MARY);
                assertThat(r.statusCode()).as(stored).isEqualTo(404);
                assertThat(ApiService.detail(r)).as(stored).isEqualTo("Archive file not found");
                assertThat(ApiService.text(r)).doesNotContain("SECRET").doesNotContain("root:");

                JsonNode meta = ApiService.json(api.get("/api/archive/user/Mary/metadata", MARY));
                for (JsonNode p : meta.get("prayers")) {
                    if (p.get("id").asText().equals(id)) {
                        assertThat(p.get("archive_exists").asBoolean()).as(stored).isFalse();
                    }
                }
                assertThat(meta.toString()).doesNotContain(dir.toString()).doesNotContain("/etc/passwd");
            }
            sql("UPDATE prayer SET text_file_path = NULL WHERE id = '" + id + "'");
            HttpResponse<byte[]> none = api.get("/api/archive/prayer/" + id + "/file", MARY);
            assertThat(none.statusCode()).isEqualTo(404);
            assertThat(ApiService.detail(none)).isEqualTo("No archive file for this prayer");
        } finally {
            sql("UPDATE prayer SET text_file_path = '" + original + "' WHERE id = '" + id + "'");
            Files.delete(link);
            Files.delete(linkedFolder);
        }
        HttpResponse<byte[]> unknown = api.get("/api/archive/prayer/no-such-prayer/file", MARY);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiService.detail(unknown)).isEqualTo("Prayer not found");
    }

    @Test
    void theCommunityZipIsTheCommunityBundle() throws Exception {
        HttpResponse<byte[]> r = api.get("/api/archive/community/download", PAT);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"complete_site_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}(_\\d+)?\\.zip\"; .*");
        Map<String, byte[]> zip = ApiService.zipEntries(r.body());
        List<String> expected = new ArrayList<>();
        for (String folder : List.of("prayers", "users", "activity")) {
            try (Stream<Path> s = Files.walk(api.archives.resolve(folder))) {
                // The running watcher's read-lock markers come and go; bundles never hold them.
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".camelLock"))
                        .forEach(f -> expected.add("complete_site_archive/"
                        + api.archives.relativize(f).toString().replace('\\', '/')));
            }
        }
        expected.add("complete_site_archive/archive_metadata.json");
        expected.add("complete_site_archive/README.txt");
        assertThat(zip.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String name : expected) {
            if (!name.endsWith("archive_metadata.json") && !name.endsWith("README.txt")) {
                assertThat(zip.get(name)).as(name)
                        .isEqualTo(archiveFile(name.substring("complete_site_archive/".length())));
            }
        }
        assertThat(zip.keySet()).noneMatch(n -> n.contains("/sessions/") || n.contains("/auth/") || n.contains("/system/"));
        assertThat(api.downloads()).isEmpty();
    }

    @Test
    void theCleanupDeletesOldBundlesOnlyAndSaysHowMany() throws Exception {
        Path downloads = Files.createDirectories(api.archives.resolve("downloads"));
        Path old = Files.writeString(downloads.resolve("complete_site_archive_2024_01_01_1000.zip"), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        Path recent = Files.writeString(downloads.resolve("Mary_archive_2024_01_02_1000.zip"), "recent");
        Path notOurs = Files.writeString(downloads.resolve("notes.txt"), "an operator's file");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofDays(30))));
        try {
            HttpResponse<byte[]> r = api.delete("/api/archive/downloads/cleanup", PAT);

            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = ApiService.json(r);
            assertThat(body.get("message").asText()).isEqualTo("Download cleanup completed");
            assertThat(body.get("deleted").asInt()).isEqualTo(1);
            assertThat(old).doesNotExist();
            assertThat(recent).exists();
            assertThat(notOurs).exists();
        } finally {
            Files.deleteIfExists(recent);
            Files.deleteIfExists(notOurs);
        }
    }

    private static void setFlagged(String prayerId, boolean flagged) {
        sql("UPDATE prayer SET flagged = " + (flagged ? 1 : 0) + " WHERE id = '" + prayerId + "'");
    }

    private static void sql(String update) {
        api.service().database().runInTransaction(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate(update);
            }
        });
    }
}
