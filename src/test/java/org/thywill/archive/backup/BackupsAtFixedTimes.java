package org.thywill.archive.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A small live database under {@code dir} and backups of it taken at chosen ages before a fixed "now", for the tests
 * of listing, retention and freshness.
 */
final class BackupsAtFixedTimes {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    final Path live;
    final Path root;

    BackupsAtFixedTimes(Path dir, int groups) {
        live = dir.resolve("thywill.db");
        root = dir.resolve("backups");
        LiveDatabases.withLoad(live, groups, groups, 10).close();
    }

    /** A backup of the tier, taken {@code ago} before {@link #NOW}. */
    BackupResult take(Duration ago, BackupTier tier) {
        return new BackupTaker(live, root, 10_000, Clock.fixed(NOW.minus(ago), ZoneOffset.UTC)).take(tier);
    }

    static Clock now() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
