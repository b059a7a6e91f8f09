package org.thywill.archive.store.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.store.repo.Repositories.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SqlTime;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.Samples;

/**
 * Every row of every table the repositories cover, read from a sample through the repositories and written into a
 * new database through them, comes out with the same text, numbers, booleans and NULLs ({@code quote()} of every
 * column): nothing is reformatted on the way, datetimes included.
 */
class RepositoryRoundTripTest {

    private static final List<String> TABLES = List.of("user", "prayer", "prayermark", "prayer_attributes",
            "prayer_activity_log", "prayerskip", "session", "invitetoken", "invite_token_usage", "role", "user_roles");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void copyingEverySampleRowThroughTheRepositoriesReproducesItExactly(String sample) throws Exception {
        Path copy = SqliteFacts.copySample(sample, dir);
        Path target = dir.resolve("target.db");
        try (Database from = Database.open(copy); Database to = Database.open(target)) {
            to.runInTransaction(c -> {
                USERS.insertAll(c, from.read(USERS::findAll));
                PRAYERS.insertAll(c, from.read(PRAYERS::findAll));
                PRAYER_MARKS.insertAll(c, from.read(PRAYER_MARKS::findAll));
                PRAYER_ATTRIBUTES.insertAll(c, from.read(PRAYER_ATTRIBUTES::findAll));
                PRAYER_ACTIVITY_LOG.insertAll(c, from.read(PRAYER_ACTIVITY_LOG::findAll));
                PRAYER_SKIPS.insertAll(c, from.read(PRAYER_SKIPS::findAll));
                SESSIONS.insertAll(c, from.read(SESSIONS::findAll));
                INVITE_TOKENS.insertAll(c, from.read(INVITE_TOKENS::findAll));
                INVITE_TOKEN_USAGE.insertAll(c, from.read(INVITE_TOKEN_USAGE::findAll));
                ROLES.insertAll(c, from.read(ROLES::findAll));
                USER_ROLES.insertAll(c, from.read(USER_ROLES::findAll));
            });
        }
        try (Connection original = SqliteFacts.openReadOnly(Samples.database(sample));
             Connection ours = SqliteFacts.openReadOnly(target)) {
            assertThat(SqliteFacts.contentFingerprint(ours, TABLES))
                    .isEqualTo(SqliteFacts.contentFingerprint(original, TABLES));
            assertThat(SqliteFacts.count(ours, "prayermark")).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void datetimesReadFromTheSampleFormatToExactlyTheStoredText(String sample) throws Exception {
        Path copy = SqliteFacts.copySample(sample, dir);
        try (Database db = Database.open(copy); Connection raw = SqliteFacts.openReadOnly(Samples.database(sample))) {
            List<PrayerMarkRow> marks = db.read(PRAYER_MARKS::findAll);
            List<String> stored = SqliteFacts.strings(raw, "SELECT created_at FROM prayermark ORDER BY rowid");
            assertThat(marks.stream().map(m -> SqlTime.format(m.createdAt())).toList()).isEqualTo(stored);

            List<SessionRow> sessions = db.read(SESSIONS::findAll);
            assertThat(sessions.stream().map(s -> SqlTime.format(s.expiresAt())).toList())
                    .isEqualTo(SqliteFacts.strings(raw, "SELECT expires_at FROM session ORDER BY rowid"));
        }
    }
}
