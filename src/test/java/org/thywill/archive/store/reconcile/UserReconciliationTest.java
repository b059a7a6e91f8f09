package org.thywill.archive.store.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.store.reconcile.ReconcilerFixture.at;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.UserRow;

/** Registration lines, invite-usage lines and user attributes into users: links whatever the file order. */
class UserReconciliationTest {

    private static final String DEC = "users/2023_12_users.txt";
    private static final String JAN = "users/2024_01_users.txt";

    private static final String DEC_TEXT = "User Registrations for December 2023\n\n"
            + "December 04 2023 at 09:34 - admin joined directly\n"
            + "December 04 2023 at 20:24 - Betty L. joined on invitation from admin\n";
    private static final String JAN_TEXT = "User Registrations for January 2024\n\n"
            + "January 03 2024 at 07:01 - J.R. Smith joined on invitation from admin\n"
            + "January 03 2024 at 14:34 - D'Angelo Price joined on invitation from Betty L.\n"
            + "January 26 2024 at 23:24 - Anne - Marie joined directly\n";

    @TempDir
    Path dir;

    private ReconcilerFixture f;

    @BeforeEach
    void open() {
        f = new ReconcilerFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private String users() {
        return String.join("\n", f.rows("SELECT display_name, created_at, invited_by_username, invite_token_used,"
                + " text_file_path FROM user ORDER BY created_at"));
    }

    @Test
    void registrationLinesCreateUsersAtTheirMinuteWithTheirFileAndInviter() {
        FileReconciliation r = f.load(DEC, DEC_TEXT);
        assertThat(r.inserted()).isEqualTo(Map.of("user", 2));
        assertThat(users()).isEqualTo(
                "admin|2023-12-04 09:34:00.000000|NULL|NULL|text_archives/users/2023_12_users.txt\n"
                        + "Betty L.|2023-12-04 20:24:00.000000|admin|NULL|text_archives/users/2023_12_users.txt");
    }

    @Test
    void theInviterIsLinkedWhateverTheFileOrder() {
        FileReconciliation jan = f.load(JAN, JAN_TEXT);
        assertThat(jan.notes()).contains(JAN + ": user 'J.R. Smith' joined on invitation from 'admin', who has no user"
                + " row yet (linked when that file is imported)");
        // before December arrives, the earliest known user is J.R. Smith: Anne - Marie's fallback is provisional
        assertThat(f.rows("SELECT invited_by_username FROM user WHERE display_name = 'Anne - Marie'"))
                .containsExactly("J.R. Smith");
        FileReconciliation dec = f.load(DEC, DEC_TEXT);
        assertThat(dec.conflicts()).isEmpty();
        LinkReport link = f.link();
        assertThat(link.pending()).isEmpty();
        assertThat(link.conflicts()).isEmpty();
        assertThat(f.rows("SELECT display_name, invited_by_username FROM user ORDER BY created_at")).containsExactly(
                "admin|NULL", "Betty L.|admin", "J.R. Smith|admin", "D'Angelo Price|Betty L.", "Anne - Marie|admin");
        assertThat(f.link().changedRows()).isZero();
    }

    @Test
    void withoutAnAdminTheFallbackIsTheEarliestUserAndTheFirstUserKeepsNull() {
        f.load(JAN, "User Registrations for January 2024\n\n"
                + "January 03 2024 at 07:01 - Joy joined directly\n"
                + "January 26 2024 at 23:24 - Anne - Marie joined directly\n");
        f.link();
        assertThat(f.rows("SELECT display_name, invited_by_username FROM user ORDER BY created_at"))
                .containsExactly("Joy|NULL", "Anne - Marie|Joy");
    }

    @Test
    void theEarliestRegistrationLineWinsWhateverTheOrder() {
        f.load(DEC, DEC_TEXT);
        f.load("users/2024_03_users.txt", "User Registrations for March 2024\n\n"
                + "March 05 2024 at 10:00 - Mary joined on invitation from Betty L.\n");
        FileReconciliation feb = f.load("users/2024_02_users.txt", "User Registrations for February 2024\n\n"
                + "February 29 2024 at 15:27 - Mary joined on invitation from admin\n"
                + "February 29 2024 at 15:28 - Mary joined directly\n");
        assertThat(feb.updated()).isEqualTo(Map.of("user", 2));
        assertThat(feb.notes()).contains("users/2024_02_users.txt: 'Mary' has another registration line at February 29"
                + " 2024 at 15:28 (B17: the original writes lines for existing users); the first line in the file is kept");
        assertThat(f.rows("SELECT created_at, invited_by_username, text_file_path FROM user WHERE display_name = 'Mary'"))
                .containsExactly("2024-02-29 15:27:00.000000|admin|text_archives/users/2024_02_users.txt");
        FileReconciliation march = f.load("users/2024_03_users.txt", "User Registrations for March 2024\n\n"
                + "March 05 2024 at 10:00 - Mary joined on invitation from Betty L.\n");
        assertThat(march.changedRows()).isZero();
        assertThat(march.notes()).singleElement().asString().contains("registered again at March 05 2024 at 10:00 (B17)");
    }

    @Test
    void aLiveUserIsNeverMovedOrRelinkedOnlyItsMissingPathIsFilled() {
        f.db.runInTransaction(c -> {
            Repositories.USERS.insert(c, UserRow.registered("admin", at("2023-12-04T09:34:41.002609"), null, "9daa",
                    "text_archives/users/2023_12_users.txt"));
            Repositories.USERS.insert(c, UserRow.registered("Betty L.", at("2023-12-04T20:24:30.797883"), "Pat",
                    "f3ee", null));
        });
        FileReconciliation r = f.load(DEC, DEC_TEXT);
        assertThat(r.inserted()).isEmpty();
        assertThat(r.updated()).isEqualTo(Map.of("user", 1));
        assertThat(r.conflicts()).containsExactly("user 'Betty L.': invited_by_username is 'Pat' in the database, the"
                + " registration line (text_archives/users/2023_12_users.txt) says 'admin'; the database's is kept");
        assertThat(users()).isEqualTo(
                "admin|2023-12-04 09:34:41.002609|NULL|9daa|text_archives/users/2023_12_users.txt\n"
                        + "Betty L.|2023-12-04 20:24:30.797883|Pat|f3ee|text_archives/users/2023_12_users.txt");
    }

    @Test
    void noUserIsCreatedForAnInviterThatNeverRegistered() {
        f.load(JAN, "User Registrations for January 2024\n\n"
                + "January 03 2024 at 07:01 - Mary Ann joined on invitation from Ghost\n");
        LinkReport link = f.link();
        assertThat(link.pending()).containsExactly("user 'Mary Ann' joined on invitation from 'Ghost', who has no user"
                + " row yet");
        assertThat(f.rows("SELECT display_name, invited_by_username FROM user")).containsExactly("Mary Ann|NULL");
    }

    @Test
    void theInviteTokenUsedIsTheClaimOfATokenTheUserDidNotCreate() {
        String usage = "Invite Token Usage for December 2023\nFormat: timestamp|token|used_by_user|created_by_user|action\n\n"
                + "2023-12-04T09:34:41.003083|9daa26c2563f9cdd|admin|system|token_used\n"
                + "2023-12-04T17:42:52.638029|f3eecb7915b8c336||admin|token_used\n"
                + "2023-12-04T20:24:30.798379|f3eecb7915b8c336|Betty L.|admin|token_used\n"
                + "2023-12-05T10:00:00.000001|68c74cd9d43fa581|admin|admin|token_used\n";
        FileReconciliation u = f.load("system/2023_12_invite_usage.txt", usage);
        assertThat(u.inserted()).isEqualTo(Map.of("invite_token_usage", 3, "invitetoken", 3));
        assertThat(f.rows("SELECT token, created_by_user, usage_count, max_uses, expires_at, used_by_user_id,"
                + " token_type FROM invitetoken ORDER BY expires_at")).containsExactly(
                "9daa26c2563f9cdd|system|1|1|2023-12-04 21:34:41.003083|admin|admin",
                "f3eecb7915b8c336|admin|1|1|2023-12-05 05:42:52.638029|Betty L.|new_user",
                "68c74cd9d43fa581|admin|1|1|2023-12-05 22:00:00.000001|admin|multi_device");
        f.load(DEC, DEC_TEXT);
        assertThat(f.rows("SELECT display_name, invite_token_used FROM user ORDER BY created_at"))
                .containsExactly("admin|9daa26c2563f9cdd", "Betty L.|f3eecb7915b8c336");
        assertThat(f.load("system/2023_12_invite_usage.txt", usage).changedRows()).isZero();
    }

    @Test
    void aClaimInALaterMonthBringsTheTokenOfAnEarlierMonthUpToDate() {
        f.load("system/2023_12_invite_usage.txt", "Invite Token Usage for December 2023\n"
                + "Format: timestamp|token|used_by_user|created_by_user|action\n\n"
                + "2023-12-31T23:00:00.500000|abcd1234abcd1234||admin|token_used\n");
        assertThat(f.rows("SELECT usage_count, used_by_user_id, token_type FROM invitetoken"))
                .containsExactly("0|NULL|new_user");
        FileReconciliation jan = f.load("system/2024_01_invite_usage.txt", "Invite Token Usage for January 2024\n"
                + "Format: timestamp|token|used_by_user|created_by_user|action\n\n"
                + "2024-01-01T00:10:00.500000|abcd1234abcd1234|Pat|admin|token_used\n");
        assertThat(jan.inserted()).isEqualTo(Map.of("invite_token_usage", 1));
        assertThat(jan.updated()).isEqualTo(Map.of("invitetoken", 1));
        assertThat(f.rows("SELECT usage_count, used_by_user_id, token_type FROM invitetoken"))
                .containsExactly("1|Pat|new_user");
    }

    @Test
    void aClaimMatchesTheLiveUsageRowAtTheMinute() {
        f.db.runInTransaction(c -> Repositories.INVITE_TOKEN_USAGE.insert(c,
                new org.thywill.archive.store.repo.InviteTokenUsageRow("u1", "abcd1234abcd1234", "Pat",
                        at("2024-01-01T00:10:00.4"), "1.2.3.4")));
        FileReconciliation r = f.load("system/2024_01_invite_usage.txt", "Invite Token Usage for January 2024\n"
                + "Format: timestamp|token|used_by_user|created_by_user|action\n\n"
                + "2024-01-01T00:10:00.500000|abcd1234abcd1234|Pat|admin|token_used\n");
        assertThat(r.inserted()).isEqualTo(Map.of("invitetoken", 1));
        assertThat(f.count("invite_token_usage")).isEqualTo(1);
    }

    @Test
    void userAttributesFillWhatTheDatabaseLacksAndWaitForUsersThatDoNotExistYet() {
        f.load(DEC, DEC_TEXT);
        String text = "User Attributes\n\nusername: Betty L.\nis_supporter: true\nsupporter_since: 2025-01-05\n"
                + "supporter_type: financial,prayer_warrior\nwelcome_message_dismissed: true\n\n"
                + "username: Zoë Kraus\nis_supporter: true\nwelcome_message_dismissed: false\n\n";
        FileReconciliation r = f.load("users/user_attributes.txt", text);
        assertThat(r.updated()).isEqualTo(Map.of("user", 1));
        assertThat(r.notes()).containsExactly("users/user_attributes.txt: user 'Zoë Kraus' has no user row yet; the"
                + " attributes wait for the registration (no user is created from this file)");
        assertThat(f.rows("SELECT is_supporter, supporter_since, supporter_type, welcome_message_dismissed FROM user"
                + " WHERE display_name = 'Betty L.'")).containsExactly("1|2025-01-05 00:00:00.000000|financial,prayer_warrior|1");
        assertThat(f.count("user")).isEqualTo(2);
        f.load("users/2024_06_users.txt", "User Registrations for June 2024\n\n"
                + "June 29 2024 at 00:33 - Zoë Kraus joined on invitation from Betty L.\n");
        LinkReport link = f.link();
        assertThat(link.userAttributesApplied()).isEqualTo(1);
        assertThat(f.rows("SELECT is_supporter FROM user WHERE display_name = 'Zoë Kraus'")).containsExactly("1");
        assertThat(f.link().changedRows()).isZero();
        FileReconciliation again = f.load("users/user_attributes.txt", text.replace("is_supporter: true\nsupporter_since",
                "is_supporter: false\nsupporter_since"));
        assertThat(again.changedRows()).isZero();
        assertThat(again.conflicts()).containsExactly("users/user_attributes.txt: user 'Betty L.': is_supporter is true"
                + " in the database, false in the archive; kept");
    }

    @Test
    void sessionsAreInsertedByIdOnceAndCreateNoUser() {
        String text = "Sessions for December 2023 (exported December 04 2023 at 09:34)\n"
                + "Format: created_at|session_id|username|expires_at|device_info|ip_address|is_fully_authenticated\n\n"
                + "December 04 2023 at 09:34|e3c9d2372292482fadd0291fc4970eaf|admin|December 18 2023 at 09:34|"
                + "Mozilla/5.0 (X11)|2001:db8::65b2|yes\n"
                + "December 04 2023 at 20:24|1a4cb49a025a40328780bf286e13e3ab|Ghost|December 18 2023 at 20:24||"
                + "|no\n";
        FileReconciliation r = f.load("sessions/2023_12_sessions.txt", text);
        assertThat(r.inserted()).isEqualTo(Map.of("session", 2));
        assertThat(r.notes()).containsExactly("sessions/2023_12_sessions.txt: sessions of users with no user row"
                + " [Ghost, admin] were imported; no user is created");
        assertThat(r.notes().get(0)).doesNotContain("e3c9d2");
        assertThat(f.count("user")).isZero();
        assertThat(f.rows("SELECT username, created_at, expires_at, auth_request_id, device_info, ip_address,"
                + " is_fully_authenticated FROM session ORDER BY created_at")).containsExactly(
                "admin|2023-12-04 09:34:00.000000|2023-12-18 09:34:00.000000|NULL|Mozilla/5.0 (X11)|2001:db8::65b2|1",
                "Ghost|2023-12-04 20:24:00.000000|2023-12-18 20:24:00.000000|NULL|NULL|NULL|0");
        assertThat(f.load("sessions/2023_12_sessions.txt", text).changedRows()).isZero();
    }
}
