package org.thywill.archive.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives byte-identical archives and identical rows; another seed gives another community. */
class GenerateDemoDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesAndRowsOtherSeedOtherCommunity() {
        GeneratedCommunity a = generate("a", "5");
        GeneratedCommunity b = generate("b", "5");
        GeneratedCommunity c = generate("c", "6");

        Map<String, byte[]> filesA = a.files();
        Map<String, byte[]> filesB = b.files();
        assertThat(filesB.keySet()).containsExactlyElementsOf(filesA.keySet());
        filesA.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, filesB.get(path))).as(path).isTrue());

        Map<String, List<List<Object>>> tablesA = a.tables();
        assertThat(tablesA.get("prayer")).hasSize(150);
        assertThat(tablesA.get("prayermark")).isNotEmpty();
        assertThat(b.tables()).isEqualTo(tablesA);

        assertThat(c.tables().get("prayer")).hasSize(150).isNotEqualTo(tablesA.get("prayer"));
        assertThat(c.files().keySet()).isNotEqualTo(filesA.keySet());
    }

    private GeneratedCommunity generate(String name, String seed) {
        GeneratedCommunity g = GeneratedCommunity.generate(dir.resolve(name), "--users", "15", "--prayers", "150",
                "--seed", seed);
        assertThat(g.exitCode()).as(g.stderr()).isZero();
        return g;
    }
}
