package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Written(Path file, LocalDateTime at) {
    }

    @Test
    void pathsArePlainPathsAndTimesIso() throws Exception {
        String json = Json.MAPPER.writeValueAsString(new Written(Path.of("/var/lib/thywill/backups/daily/x y.db"),
                LocalDateTime.of(2024, 6, 5, 9, 7, 33)));
        assertThat(json).isEqualTo("{\"file\":\"/var/lib/thywill/backups/daily/x y.db\",\"at\":\"2024-06-05T09:07:33\"}");
    }
}
