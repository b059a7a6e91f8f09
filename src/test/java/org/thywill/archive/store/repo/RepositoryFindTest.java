package org.thywill.archive.store.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.store.repo.Repositories.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.Ids;
import org.thywill.archive.store.SqlFunction;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.store.StoreException;

/** The repositories' finders, against an adopted copy of the community sample (facts from its thywill.db). */
class RepositoryFindTest {

    private static final String PRAYER = "921f36996c4d48d09455415b3aa7e603";
    private static final String ADMIN_ROLE = "a86c0400aab54e72aaa2dda212d96360";
    private static final String SYSTEM_TOKEN = "9daa26c2563f9cdd";

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(SqliteFacts.copySample("community", dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void users() {
        Optional<UserRow> anne = db.read(c -> USERS.findByDisplayName(c, "Anne - Marie"));
        assertThat(anne).get().satisfies(u -> {
            assertThat(u.invitedByUsername()).isNotNull();
            assertThat(u.textFilePath()).startsWith("text_archives/users/");
            assertThat(u.isSupporter()).isFalse();
            assertThat(u.supporterSince()).isNull();
        });
        Optional<UserRow> betty = db.read(c -> USERS.findByDisplayName(c, "Betty L."));
        assertThat(betty).get().extracting(UserRow::invitedByUsername, UserRow::inviteTokenUsed)
                .containsExactly("admin", "f3eecb7915b8c336");
        assertThat(yes(c -> USERS.exists(c, "Joy at Dawn"))).isTrue();
        assertThat(yes(c -> USERS.exists(c, "joy at dawn"))).isFalse();
        assertThat(yes(c -> USERS.exists(c, "Joy"))).isFalse();
        assertThat(yes(c -> USERS.exists(c, "李明"))).isTrue();
        assertThat(count(USERS::count)).isEqualTo(25);
    }

    @Test
    void prayersAndTheirMarksAttributesAndHistory() {
        Optional<PrayerRow> prayer = db.read(c -> PRAYERS.findById(c, PRAYER));
        assertThat(prayer).get().satisfies(p -> {
            assertThat(p.flagged()).isFalse();
            assertThat(p.safetyScore()).isEqualTo(1.0);
            assertThat(p.safetyFlags()).isEqualTo("[]");
            assertThat(p.textFilePath()).startsWith("text_archives/prayers/");
        });
        assertThat(yes(c -> PRAYERS.exists(c, PRAYER))).isTrue();
        assertThat(yes(c -> PRAYERS.exists(c, "0".repeat(32)))).isFalse();
        assertThat(count(PRAYERS::count)).isEqualTo(120);

        List<PrayerMarkRow> marks = db.read(c -> PRAYER_MARKS.findByPrayer(c, PRAYER));
        assertThat(marks).singleElement().extracting(PrayerMarkRow::prayerId).isEqualTo(PRAYER);
        assertThat(count(PRAYER_MARKS::count)).isEqualTo(556);

        Optional<PrayerAttributeRow> answerDate = db.read(c -> PRAYER_ATTRIBUTES.find(c, PRAYER, "answer_date"));
        assertThat(answerDate).get().extracting(PrayerAttributeRow::attributeValue, PrayerAttributeRow::createdBy)
                .containsExactly("2024-01-01T20:58:00.193730", "admin");
        assertThat(list(c -> PRAYER_ATTRIBUTES.findByPrayer(c, PRAYER)))
                .extracting(PrayerAttributeRow::attributeName)
                .containsExactly("answered", "answer_date", "answer_testimony", "archived");
        assertThat(optional(c -> PRAYER_ATTRIBUTES.find(c, PRAYER, "daily_priority"))).isEmpty();
        assertThat(count(PRAYER_ATTRIBUTES::count)).isEqualTo(84);

        List<PrayerActivityLogRow> history = db.read(c -> PRAYER_ACTIVITY_LOG.findByPrayer(c, PRAYER));
        assertThat(history).extracting(PrayerActivityLogRow::createdAt).isSorted();
        assertThat(history).extracting(PrayerActivityLogRow::action).containsExactly(
                "prayed", "set_answered", "set_answer_date", "set_answer_testimony", "testimony", "set_archived");
        assertThat(count(PRAYER_ACTIVITY_LOG::count)).isEqualTo(669);
    }

    @Test
    void rolesAndGrants() {
        Optional<RoleRow> admin = db.read(c -> ROLES.findByName(c, "admin"));
        assertThat(admin).get().satisfies(r -> {
            assertThat(r.id()).isEqualTo(ADMIN_ROLE);
            assertThat(r.isSystemRole()).isTrue();
            assertThat(r.permissions()).startsWith("[\"*\", ");
            assertThat(r.createdBy()).isNull();
        });
        assertThat(optional(c -> ROLES.findById(c, ADMIN_ROLE))).isEqualTo(admin);
        assertThat(count(ROLES::count)).isEqualTo(3);
        assertThat(list(c -> USER_ROLES.findByUser(c, "Anne - Marie")))
                .extracting(UserRoleRow::roleId).containsExactly(ADMIN_ROLE);
        assertThat(list(c -> USER_ROLES.findByUser(c, "Betty L."))).isEmpty();
        assertThat(count(USER_ROLES::count)).isEqualTo(3);
    }

    @Test
    void inviteTokensTheirClaimsAndSessions() {
        Optional<InviteTokenRow> token = db.read(c -> INVITE_TOKENS.findByToken(c, SYSTEM_TOKEN));
        assertThat(token).get().satisfies(t -> {
            assertThat(t.createdByUser()).isEqualTo("system");
            assertThat(t.usageCount()).isEqualTo(1);
            assertThat(t.maxUses()).isEqualTo(1);
            assertThat(t.tokenType()).isEqualTo("admin");
            assertThat(t.toString()).doesNotContain(SYSTEM_TOKEN);
        });
        assertThat(count(INVITE_TOKENS::count)).isEqualTo(30);
        assertThat(list(c -> INVITE_TOKEN_USAGE.findByToken(c, SYSTEM_TOKEN)))
                .extracting(InviteTokenUsageRow::userId).containsExactly("admin");
        assertThat(count(INVITE_TOKEN_USAGE::count)).isEqualTo(28);

        SessionRow first = db.read(SESSIONS::findAll).get(0);
        assertThat(optional(c -> SESSIONS.findById(c, first.id()))).contains(first);
        assertThat(first.isFullyAuthenticated()).isTrue();
        assertThat(first.toString()).doesNotContain(first.id());
        assertThat(count(SESSIONS::count)).isEqualTo(28);
    }

    @Test
    void skipsAndNullableNumbers() {
        LocalDateTime at = LocalDateTime.of(2025, 1, 2, 3, 4, 5, 6000);
        PrayerSkipRow skip = new PrayerSkipRow(Ids.uuidHex(), "Betty L.", PRAYER, at);
        InviteTokenRow unlimited = new InviteTokenRow(Ids.inviteToken(), "admin", 0, null, at, null, "multi_device");
        db.runInTransaction(c -> {
            PRAYER_SKIPS.insert(c, skip);
            INVITE_TOKENS.insert(c, unlimited);
        });
        assertThat(optional(c -> PRAYER_SKIPS.find(c, "Betty L.", PRAYER))).contains(skip);
        assertThat(optional(c -> PRAYER_SKIPS.find(c, "Joy at Dawn", PRAYER))).isEmpty();
        assertThat(count(PRAYER_SKIPS::count)).isEqualTo(1);
        assertThat(optional(c -> INVITE_TOKENS.findByToken(c, unlimited.token()))).contains(unlimited);
    }

    @Test
    void theLedgerKeepsOneRowPerPathAndUpsertReplacesIt() {
        LocalDateTime at = LocalDateTime.of(2025, 1, 31, 22, 0);
        ArchiveFileLedgerEntry rejected = new ArchiveFileLedgerEntry("prayers/2024/02/2024_02_29_prayer_at_0915.txt",
                812, 1_706_000_000_123L, "ab".repeat(32), "PRAYER", at, "rejected", "line 7: unparsable timestamp");
        ArchiveFileLedgerEntry imported = new ArchiveFileLedgerEntry(rejected.path(), 815, 1_706_000_100_000L,
                "cd".repeat(32), "PRAYER", at.plusMinutes(5), "imported", null);
        db.runInTransaction(c -> ARCHIVE_FILE_LEDGER.upsert(c, rejected));
        assertThat(optional(c -> ARCHIVE_FILE_LEDGER.find(c, rejected.path()))).contains(rejected);
        db.runInTransaction(c -> ARCHIVE_FILE_LEDGER.upsert(c, imported));
        assertThat(optional(c -> ARCHIVE_FILE_LEDGER.find(c, rejected.path()))).contains(imported);
        assertThat(count(ARCHIVE_FILE_LEDGER::count)).isEqualTo(1);
        assertThat(optional(c -> ARCHIVE_FILE_LEDGER.find(c, "users/2024_01_users.txt"))).isEmpty();
    }

    @Test
    void aBatchCrossingSeveralFlushesInsertsEveryRow() {
        List<PrayerMarkRow> marks = marks(2 * BatchInsert.BATCH_SIZE + 500);
        long added = db.inTransaction(c -> {
            try (BatchInsert<PrayerMarkRow> batch = PRAYER_MARKS.batch(c)) {
                for (PrayerMarkRow m : marks) {
                    batch.add(m);
                }
                return batch.count();
            }
        });
        assertThat(added).isEqualTo(marks.size());
        assertThat(count(PRAYER_MARKS::count)).isEqualTo(556 + marks.size());
        assertThat(list(c -> PRAYER_MARKS.findByPrayer(c, "generated"))).isEqualTo(marks);
    }

    @Test
    void aBatchWithABadRowLeavesNothingBehind() {
        List<PrayerMarkRow> marks = new ArrayList<>(marks(BatchInsert.BATCH_SIZE + 10));
        marks.add(marks.get(3)); // same primary key again, in the last (unflushed) part
        assertThatThrownBy(() -> db.runInTransaction(c -> PRAYER_MARKS.insertAll(c, marks)))
                .isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
        assertThat(count(PRAYER_MARKS::count)).isEqualTo(556);
    }

    private boolean yes(SqlFunction<Boolean> work) {
        return db.read(work);
    }

    private long count(SqlFunction<Long> work) {
        return db.read(work);
    }

    private <T> List<T> list(SqlFunction<List<T>> work) {
        return db.read(work);
    }

    private <T> Optional<T> optional(SqlFunction<Optional<T>> work) {
        return db.read(work);
    }

    private static List<PrayerMarkRow> marks(int n) {
        List<PrayerMarkRow> marks = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2025, 2, 1, 0, 0);
        for (int i = 0; i < n; i++) {
            marks.add(new PrayerMarkRow(Ids.uuidHex(), "Joy at Dawn", "generated", start.plusSeconds(i).plusNanos(1000L * i),
                    "text_archives/prayers/2025/02/generated.txt"));
        }
        return marks;
    }
}
