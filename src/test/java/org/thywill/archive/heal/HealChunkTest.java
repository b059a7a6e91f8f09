package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** heal reads prayers a chunk at a time: any chunk size gives what one chunk of all of them gives. */
class HealChunkTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void smallChunksHealExactlyAsOneChunkDoes(int chunkSize) {
        try (HealFixture whole = prepared("whole"); HealFixture chunked = prepared("chunked")) {
            HealReport one = whole.heal(Integer.MAX_VALUE).healArchives(false);
            HealReport many = chunked.heal(chunkSize).healArchives(false);

            assertThat(one.kinds().get("prayers").created()).isGreaterThan(100);
            assertThat(one.kinds().get("prayers").appended()).isEqualTo(1);
            assertThat(one.pointersSet()).containsEntry("prayer", 1);
            assertThat(many.kinds()).isEqualTo(one.kinds());
            assertThat(many.changes()).isEqualTo(one.changes());
            assertThat(many.notes()).isEqualTo(one.notes());
            assertThat(many.problems()).isEqualTo(one.problems()).isEmpty();
            assertThat(many.pointersSet()).isEqualTo(one.pointersSet());
            Map<String, String> expected = whole.contents();
            assertThat(chunked.contents()).isEqualTo(expected);
            assertThat(chunked.prayerPointers()).isEqualTo(whole.prayerPointers());

            Map<String, String> before = chunked.state();
            HealReport again = chunked.heal(chunkSize).healArchives(false);
            assertThat(again.changes()).isEmpty();
            assertThat(chunked.state()).isEqualTo(before);
        }
    }

    /**
     * The community sample without its prayer files but one, which misses its last line (appended again), and a
     * prayer whose pointer names nowhere (set again).
     */
    private HealFixture prepared(String name) {
        HealFixture f = new HealFixture("community", dir.resolve(name));
        String kept = "prayers/2023/12/2023_12_07_prayer_at_2101.txt";
        String text = f.contents().get(kept);
        f.deleting("prayers");
        try {
            Path file = f.archives.resolve(kept);
            Files.createDirectories(file.getParent());
            Files.write(file, text.substring(0, text.lastIndexOf("December 08 2023 at 00:16"))
                    .getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        f.sql("UPDATE prayer SET text_file_path = ? WHERE id = ?", "text_archives/prayers/elsewhere.txt",
                "b8ab7e4d6d9145ee88a0c5e534230a3e");
        return f;
    }
}
