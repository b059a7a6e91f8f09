package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.backup.DatabaseRelease;
import org.thywill.archive.backup.RouteSwitch;

class FullRecoveryServiceTest {

    @TempDir
    Path dir;

    @Test
    void explore() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("community", dir);
        FullRecoveryReport r = new FullRecoveryService(f.settings(), dir.resolve("backups"), RouteSwitch.NONE,
                DatabaseRelease.NONE, Clock.systemUTC()).recover();
        System.out.println("REPORT1 " + r);
        FullRecoveryReport r2 = new FullRecoveryService(f.settings(), dir.resolve("backups"), RouteSwitch.NONE,
                DatabaseRelease.NONE, Clock.systemUTC()).recover();
        System.out.println("REPORT2 " + r2);
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark ORDER BY created_at LIMIT 5)");
        FullRecoveryReport r3 = new FullRecoveryService(f.settings(), dir.resolve("backups"), RouteSwitch.NONE,
                DatabaseRelease.NONE, Clock.systemUTC()).recover();
        System.out.println("REPORT3 " + r3);
        FullRecoveryReport r4 = new FullRecoveryService(f.settings(), dir.resolve("backups"), RouteSwitch.NONE,
                DatabaseRelease.NONE, Clock.systemUTC()).recover();
        System.out.println("REPORT4 " + r4);
        assertThat(r).isNotNull();
    }
}
