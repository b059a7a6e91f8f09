package org.thywill.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;
import org.thywill.archive.testing.Samples;

/** Member bundles over a copy of the tiny sample and its database, as the original stored them. */
class SampleMemberBundleTest {

    @TempDir
    Path dir;

    @Test
    void everyMemberOfTheTinySampleGetsTheirOwnPrayerFilesVerbatim() throws IOException {
        Path root = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        try (Database db = Database.open(dir.resolve("thywill.db"))) {
            BundleService service = new BundleService(root, () -> db, dir.resolve("downloads"), CommunityBundleTest.CLOCK);
            List<String> members = db.read(c -> {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT display_name FROM user")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            });
            assertThat(members).contains("李明", "Sharon-Deborah Olsen");
            for (String name : members) {
                BundleResult result = service.memberBundle(name, true, null);
                assertThat(result.skipped()).as(name).isEmpty();
                ZipContents zip = ZipContents.of(result.path());
                List<String[]> prayers = db.read(c -> {
                    List<String[]> rows = new ArrayList<>();
                    try (var ps = c.prepareStatement("SELECT id, text_file_path FROM prayer WHERE author_username = ?")) {
                        ps.setString(1, name);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows.add(new String[] {rs.getString(1), rs.getString(2)});
                            }
                        }
                    }
                    return rows;
                });
                String top = name + "_text_archive/";
                assertThat(zip.names()).as(name).filteredOn(n -> n.startsWith(top + "prayers/")).hasSize(prayers.size());
                for (String[] p : prayers) {
                    String entry = zip.names().stream().filter(n -> n.startsWith(top + "prayers/prayer_" + p[0] + "_"))
                            .findFirst().orElseThrow();
                    assertThat(zip.bytes().get(entry)).isEqualTo(
                            Files.readAllBytes(root.resolve(p[1].substring("text_archives/".length()))));
                }
                assertThat(zip.text(top + "personal/registration.txt")).as(name)
                        .startsWith("User Registration Information:\n\n")
                        .contains(" - " + name + " joined ");
            }
            ZipContents li = ZipContents.of(service.memberBundle("李明", false, null).path());
            assertThat(li.text("李明_text_archive/personal/registration.txt")).isEqualTo(
                    "User Registration Information:\n\nSeptember 25 2024 at 12:32 - 李明 joined on invitation from Pat");
        }
    }
}
