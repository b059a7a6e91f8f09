package org.thywill.archive.store.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.store.reconcile.ReconcilerFixture.at;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Ids;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.Repositories;

/** The monthly pipe files and the export-all dumps: multisets at the minute, ids first for dumps. */
class MonthlyAndExportReconciliationTest {

    private static final String P = "bf3c16094f1546babd1d3566471db805";
    private static final String PRAYER_FILE = "text_archives/prayers/2025/07/2025_07_06_prayer_at_1207.txt";

    @TempDir
    Path dir;

    private ReconcilerFixture f;

    @BeforeEach
    void open() {
        f = new ReconcilerFixture(dir);
        f.load("prayers/2025/07/2025_07_06_prayer_at_1207.txt",
                PrayerFileReconcilerTest.prayerFile(P, "Mary Ann", "text"));
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void monthlyMarksAreAMultisetAtTheMinuteCarryingThePrayersFile() {
        f.db.runInTransaction(c -> Repositories.PRAYER_MARKS.insert(c,
                new PrayerMarkRow("m1", "Pat", P, at("2025-07-06T12:10:45.5"), PRAYER_FILE)));
        String text = "Prayer Marks for July 2025\nFormat: timestamp|prayer_id|user_id\n\n"
                + "July 06 2025 at 12:10|" + P + "|Pat\n"
                + "July 06 2025 at 12:10|" + P + "|Pat\n"
                + "July 06 2025 at 12:11|ffff0000ffff0000ffff0000ffff0000|Pat\n";
        FileReconciliation r = f.load("prayers/marks/2025_07_marks.txt", text);
        assertThat(r.inserted()).isEqualTo(Map.of("prayermark", 2));
        assertThat(r.notes()).containsExactly("prayers/marks/2025_07_marks.txt: rows name prayers with no prayer row"
                        + " [ffff0000ffff0000ffff0000ffff0000]; imported (their prayer file may come later)",
                "prayers/marks/2025_07_marks.txt: rows name users with no user row [Pat]; imported, no user is created");
        assertThat(f.rows("SELECT prayer_id, created_at, text_file_path FROM prayermark WHERE id <> 'm1'"
                + " ORDER BY created_at")).containsExactly(P + "|2025-07-06 12:10:00.000000|" + PRAYER_FILE,
                "ffff0000ffff0000ffff0000ffff0000|2025-07-06 12:11:00.000000|NULL");
        assertThat(f.count("prayer_activity_log")).isZero();
        assertThat(f.load("prayers/marks/2025_07_marks.txt", text).changedRows()).isZero();
    }

    @Test
    void monthlyAttributesAreSingleValuedAndSystemIsNoUser() {
        String text = "Prayer Attributes for July 2025\n"
                + "Format: timestamp|prayer_id|attribute_name|attribute_value|user_id\n\n"
                + "July 06 2025 at 12:09|" + P + "|daily_priority|2025-07-06|system\n"
                + "July 07 2025 at 08:00|" + P + "|daily_priority|2025-07-07|system\n"
                + "July 07 2025 at 09:20|" + P + "|answer_date|2025-07-07T09:20:00|Mary Ann\n";
        FileReconciliation r = f.load("prayers/attributes/2025_07_attributes.txt", text);
        assertThat(r.inserted()).isEqualTo(Map.of("prayer_attributes", 2));
        assertThat(f.rows("SELECT attribute_name, attribute_value, created_by, created_at FROM prayer_attributes"
                + " ORDER BY attribute_name")).containsExactly(
                "answer_date|2025-07-07T09:20:00|Mary Ann|2025-07-07 09:20:00.000000",
                "daily_priority|2025-07-07|NULL|2025-07-06 12:09:00.000000");
        f.execute("UPDATE prayer_attributes SET attribute_value = '2025-07-07T09:20:41.5' WHERE attribute_name = 'answer_date'");
        FileReconciliation again = f.load("prayers/attributes/2025_07_attributes.txt",
                text.replace("daily_priority|2025-07-07", "daily_priority|2025-07-08"));
        assertThat(again.changedRows()).isZero();
        assertThat(again.conflicts()).containsExactly("prayers/attributes/2025_07_attributes.txt: prayer " + P
                + " attribute daily_priority is '2025-07-07' in the database, '2025-07-08' in the archive; kept");
    }

    @Test
    void monthlySkipsKeepOnePerUserAndPrayer() {
        String text = "Prayer Skips for July 2025\nFormat: timestamp|prayer_id|user_id\n\n"
                + "July 08 2025 at 10:00|" + P + "|Pat\n"
                + "July 07 2025 at 10:00|" + P + "|Pat\n";
        assertThat(f.load("prayers/skips/2025_07_skips.txt", text).inserted()).isEqualTo(Map.of("prayerskip", 1));
        assertThat(f.rows("SELECT user_id, created_at FROM prayerskip")).containsExactly("Pat|2025-07-07 10:00:00.000000");
        assertThat(f.load("prayers/skips/2025_07_skips.txt", text).changedRows()).isZero();
    }

    @Test
    void dumpedMarksMatchByIdThenByContentAtTheMinute() {
        f.db.runInTransaction(c -> {
            Repositories.PRAYER_MARKS.insert(c, new PrayerMarkRow("known", "Pat", P, at("2025-07-06T12:10:05"), null));
            Repositories.PRAYER_MARKS.insert(c, new PrayerMarkRow("live", "Pat", P, at("2025-07-06T12:11:30"), null));
        });
        String dump = "Prayer Marks (exported July 16 2025 at 17:56)\nFormat: id|created_at|prayer_id|username\n\n\n"
                + "known|July 06 2025 at 12:10|" + P + "|Pat\n"
                + "other-id|July 06 2025 at 12:11|" + P + "|Pat\n"
                + "new-one|July 06 2025 at 12:11|" + P + "|Pat";
        FileReconciliation r = f.load("prayers/prayer_marks.txt", dump);
        assertThat(r.inserted()).isEqualTo(Map.of("prayermark", 1));
        assertThat(f.rows("SELECT id FROM prayermark ORDER BY id")).containsExactly("known", "live", "new-one");
        assertThat(f.load("prayers/prayer_marks.txt", dump).changedRows()).isZero();
    }

    @Test
    void dumpedLogsAndAttributesMatchTheLiveRowsAtArchivePrecision() {
        f.db.runInTransaction(c -> {
            Repositories.PRAYER_ACTIVITY_LOG.insert(c, new PrayerActivityLogRow(Ids.rowId(), P, "admin",
                    "set_answer_date", null, "2025-07-07T09:20:00.193730", at("2025-07-07T09:20:00.194315"), null));
            Repositories.PRAYER_ATTRIBUTES.insert(c, new PrayerAttributeRow(Ids.rowId(), P, "answer_date",
                    "2025-07-07T09:20:00.193730", at("2025-07-07T09:20:00.193997"), "admin", null));
        });
        String logs = "Prayer Activity Logs (exported July 16 2025 at 17:56)\n"
                + "Format: id|created_at|prayer_id|user_id|action|old_value|new_value\n\n\n"
                + "l1|July 07 2025 at 09:20|" + P + "|admin|set_answer_date||2025-07-07T09:20:00.999\n"
                + "l2|July 07 2025 at 09:20|" + P + "|admin|set_answered||true";
        FileReconciliation r = f.load("prayers/prayer_activity_logs.txt", logs);
        assertThat(r.inserted()).isEqualTo(Map.of("prayer_activity_log", 1));
        assertThat(f.rows("SELECT id, action FROM prayer_activity_log WHERE id = 'l2'")).containsExactly("l2|set_answered");
        String attributes = "Prayer Attributes (exported July 16 2025 at 17:56)\n"
                + "Format: id|created_at|prayer_id|attribute_name|attribute_value|created_by\n\n\n"
                + "a1|July 07 2025 at 09:20|" + P + "|answer_date|2025-07-07T09:20:00|admin\n"
                + "a2|July 07 2025 at 09:20|" + P + "|answered|true|admin";
        FileReconciliation a = f.load("prayers/prayer_attributes.txt", attributes);
        assertThat(a.inserted()).isEqualTo(Map.of("prayer_attributes", 1));
        assertThat(a.conflicts()).isEmpty();
    }

    @Test
    void dumpedTokensUsageRolesAndGrantsAreInsertedOnce() {
        String tokens = "Invite Tokens (exported July 16 2025 at 17:56)\n"
                + "Format: token|created_by_user|usage_count|max_uses|expires_at|used_by_user_id\n\n\n"
                + "abcd1234abcd1234|admin|1|unlimited|July 07 2025 at 00:07|Pat\n"
                + "feedfeedfeedfeed|system|0|1|July 08 2025 at 00:07|none";
        assertThat(f.load("invites/invite_tokens.txt", tokens).inserted()).isEqualTo(Map.of("invitetoken", 2));
        assertThat(f.rows("SELECT token, max_uses, used_by_user_id, token_type FROM invitetoken ORDER BY token"))
                .containsExactly("abcd1234abcd1234|NULL|Pat|new_user", "feedfeedfeedfeed|1|NULL|admin");
        String usage = "Invite Token Usage (exported July 16 2025 at 17:56)\n"
                + "Format: claimed_at|invite_token_id|user_id|ip_address\n\n\n"
                + "July 06 2025 at 12:07|abcd1234abcd1234|Pat|unknown";
        assertThat(f.load("invites/invite_token_usage.txt", usage).inserted()).isEqualTo(Map.of("invite_token_usage", 1));
        String roles = "System Roles (exported July 16 2025 at 17:56)\n"
                + "Format: id|role_name|description|permissions|created_by|is_system_role\n\n\n"
                + "r1|admin|System administrator|[\"*\"]|system|yes";
        assertThat(f.load("roles/roles.txt", roles).inserted()).isEqualTo(Map.of("role", 1));
        assertThat(f.rows("SELECT name, created_at, created_by, is_system_role FROM role"))
                .containsExactly("admin|2025-07-16 17:56:00.000000|NULL|1");
        String grants = "User Role Assignments (exported July 16 2025 at 17:56)\n"
                + "Format: id|granted_at|user_id|role_id|granted_by|expires_at\n\n\n"
                + "g1|July 06 2025 at 12:07|admin|r1|system|never";
        assertThat(f.load("roles/user_roles.txt", grants).inserted()).isEqualTo(Map.of("user_roles", 1));
        for (String[] again : new String[][] {{"invites/invite_tokens.txt", tokens},
                {"invites/invite_token_usage.txt", usage}, {"roles/roles.txt", roles}, {"roles/user_roles.txt", grants}}) {
            assertThat(f.load(again[0], again[1]).changedRows()).as(again[0]).isZero();
        }
    }
}
