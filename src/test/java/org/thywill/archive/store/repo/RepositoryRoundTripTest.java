package org.thywill.archive.store.repo;

import static org.assertj.core.api.Assertions.assertThat;

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
                UserRepository.insertAll(c, from.read(UserRepository::findAll));
                PrayerRepository.insertAll(c, from.read(PrayerRepository::findAll));
                PrayerMarkRepository.insertAll(c, from.read(PrayerMarkRepository::findAll));
                PrayerAttributeRepository.insertAll(c, from.read(PrayerAttributeRepository::findAll));
                PrayerActivityLogRepository.insertAll(c, from.read(PrayerActivityLogRepository::findAll));
                PrayerSkipRepository.insertAll(c, from.read(PrayerSkipRepository::findAll));
                SessionRepository.insertAll(c, from.read(SessionRepository::findAll));
                InviteTokenRepository.insertAll(c, from.read(InviteTokenRepository::findAll));
                InviteTokenUsageRepository.insertAll(c, from.read(InviteTokenUsageRepository::findAll));
                RoleRepository.insertAll(c, from.read(RoleRepository::findAll));
                UserRoleRepository.insertAll(c, from.read(UserRoleRepository::findAll));
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
            List<PrayerMarkRow> marks = db.read(PrayerMarkRepository::findAll);
            List<String> stored = SqliteFacts.strings(raw, "SELECT created_at FROM prayermark ORDER BY rowid");
            assertThat(marks.stream().map(m -> SqlTime.format(m.createdAt())).toList()).isEqualTo(stored);

            List<SessionRow> sessions = db.read(SessionRepository::findAll);
            assertThat(sessions.stream().map(s -> SqlTime.format(s.expiresAt())).toList())
                    .isEqualTo(SqliteFacts.strings(raw, "SELECT expires_at FROM session ORDER BY rowid"));
        }
    }
}
