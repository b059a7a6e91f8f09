package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dry run of heal-archives lists, for the kinds besides prayers and users, exactly what the real run writes. */
class OtherKindsDryRunTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aDryRunListsWhatTheRealRunWritesAndWritesNothing() throws Exception {
        try (HealFixture f = new HealFixture("tiny", dir).deleting("sessions", "system")) {
            f.sql("INSERT INTO prayerskip (id, user_id, prayer_id, created_at) VALUES ('s1', 'Pat',"
                    + " 'b45908503ee144e9a59ee2b795d76370', '2024-03-05 10:11:12')");
            Map<String, String> before = f.state();

            HealReport dry = f.heal.healArchives(true);

            assertThat(f.state()).isEqualTo(before);
            assertThat(dry.dryRun()).isTrue();
            for (String kind : List.of("sessions", "invite_usage", "skips", "roles", "user_roles")) {
                assertThat(dry.kinds().get(kind).created()).as(kind).isPositive();
            }
            assertThat(dry.changes()).contains("created prayers/skips/2024_03_skips.txt (1 missing lines)",
                    "created roles/roles.txt (3 rows)");

            HealReport real = f.heal.healArchives(false);
            assertThat(real.kinds()).isEqualTo(dry.kinds());
            assertThat(real.changes()).isEqualTo(dry.changes());
        }
    }
}
