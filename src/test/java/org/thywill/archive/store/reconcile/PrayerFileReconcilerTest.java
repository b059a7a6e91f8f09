package org.thywill.archive.store.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thywill.archive.store.reconcile.ReconcilerFixture.at;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.format.prayer.PrayerHeader;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.store.Ids;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.UserRow;

/** Prayer files into the database: multisets at archive precision, replayed attributes, conflicts, refusals. */
class PrayerFileReconcilerTest {

    private static final String ID = "bf3c16094f1546babd1d3566471db805";
    private static final String PATH = "prayers/2025/07/2025_07_06_prayer_at_1207.txt";
    private static final String STORED = "text_archives/" + PATH;

    @TempDir
    Path dir;

    private ReconcilerFixture f;

    @BeforeEach
    void open() {
        f = new ReconcilerFixture(dir);
        for (String name : List.of("Mary Ann", "Pat", "admin")) {
            f.db.runInTransaction(c -> Repositories.USERS.insert(c,
                    UserRow.registered(name, at("2025-07-01T08:00:00.123456"), null, null, null)));
        }
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    static String prayerFile(String id, String author, String text, String... activity) {
        StringBuilder sb = new StringBuilder("Prayer " + id + " by " + author + "\nSubmitted July 06 2025 at 12:07\n\n"
                + text + "\n\nGenerated Prayer:\nLord, heal.\nAmen.\n\nActivity:\n");
        for (String line : activity) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static String file(String... activity) {
        return prayerFile(ID, "Mary Ann", "Please pray: for my mom.\n\n  She is ill", activity);
    }

    private void liveMark(String user, String createdAt) {
        f.db.runInTransaction(c -> {
            Repositories.PRAYER_MARKS.insert(c, new PrayerMarkRow(Ids.uuidHex(), user, ID, at(createdAt), STORED));
            Repositories.PRAYER_ACTIVITY_LOG.insert(c, new PrayerActivityLogRow(Ids.rowId(), ID, user, "prayed",
                    null, "true", at(createdAt), STORED));
        });
    }

    @Test
    void aNewPrayerIsInsertedFromItsHeaderWithItsTextVerbatim() {
        FileReconciliation r = f.load(PATH, file());
        assertThat(r.inserted()).isEqualTo(Map.of("prayer", 1));
        assertThat(f.rows("SELECT id, author_username, text, generated_prayer, project_tag, created_at, flagged,"
                + " text_file_path, categorization_method FROM prayer")).containsExactly(ID + "|Mary Ann|Please pray:"
                + " for my mom.\n\n  She is ill|Lord, heal.\nAmen.|NULL|2025-07-06 12:07:00.000000|0|" + STORED
                + "|default");
    }

    @Test
    void twoMarksInAMinuteAgainstThreeInTheDatabaseAddNothing() {
        f.load(PATH, file());
        liveMark("Pat", "2025-07-06T12:10:05.1");
        liveMark("Pat", "2025-07-06T12:10:31.2");
        liveMark("Pat", "2025-07-06T12:10:59.999999");
        FileReconciliation r = f.load(PATH, file("July 06 2025 at 12:10 - Pat prayed this prayer",
                "July 06 2025 at 12:10 - Pat prayed this prayer"));
        assertThat(r.changedRows()).isZero();
        assertThat(f.count("prayermark")).isEqualTo(3);
        assertThat(f.count("prayer_activity_log")).isEqualTo(3);
    }

    @Test
    void twoMarksInAMinuteAgainstOneInTheDatabaseAddOne() {
        f.load(PATH, file());
        liveMark("Pat", "2025-07-06T12:10:42.5");
        FileReconciliation r = f.load(PATH, file("July 06 2025 at 12:10 - Pat prayed this prayer",
                "July 06 2025 at 12:10 - Pat prayed this prayer", "July 06 2025 at 12:11 - Pat prayed this prayer"));
        assertThat(r.inserted()).isEqualTo(Map.of("prayermark", 2, "prayer_activity_log", 2));
        assertThat(f.rows("SELECT username, created_at, text_file_path FROM prayermark ORDER BY created_at"))
                .containsExactly("Pat|2025-07-06 12:10:00.000000|" + STORED, "Pat|2025-07-06 12:10:42.500000|" + STORED,
                        "Pat|2025-07-06 12:11:00.000000|" + STORED);
        assertThat(f.rows("SELECT action, old_value, new_value, created_at, text_file_path FROM prayer_activity_log"
                + " WHERE created_at LIKE '%:00.000000' ORDER BY created_at")).containsExactly(
                "prayed|NULL|true|2025-07-06 12:10:00.000000|" + STORED,
                "prayed|NULL|true|2025-07-06 12:11:00.000000|" + STORED);
    }

    @Test
    void marksOfOtherMinutesOrUsersDoNotCount() {
        f.load(PATH, file());
        liveMark("Pat", "2025-07-06T12:09:59.9");
        liveMark("Mary Ann", "2025-07-06T12:10:01");
        FileReconciliation r = f.load(PATH, file("July 06 2025 at 12:10 - Pat prayed this prayer"));
        assertThat(r.inserted()).isEqualTo(Map.of("prayermark", 1, "prayer_activity_log", 1));
    }

    @Test
    void anAnsweredLineStandsForTheLiveRowsAndATestimonyIsKeptExactlyEvenOverSeveralLines() {
        String testimony = "God is good: she recovered.\n\n  Her words: \"thank you\" - at home \nAmen";
        PrayerFile pf = new PrayerFileReader().read(file()).value()
                .appending(new TestimonyEntry(at("2025-07-07T09:20"), "Mary Ann", testimony, false));
        String text = new PrayerFileWriter().write(pf).replace("Activity:\n",
                "Activity:\nJuly 07 2025 at 09:20 - Mary Ann marked this prayer as answered\n");
        assertThat(text).contains("added testimony: God is good: she recovered.\n\n  Her words");
        f.load(PATH, text);
        assertThat(f.rows("SELECT attribute_name, attribute_value, created_by, created_at, text_file_path"
                + " FROM prayer_attributes ORDER BY attribute_name")).containsExactly(
                "answer_date|2025-07-07T09:20:00|Mary Ann|2025-07-07 09:20:00.000000|NULL",
                "answer_testimony|" + testimony + "|Mary Ann|2025-07-07 09:20:00.000000|NULL",
                "answered|true|Mary Ann|2025-07-07 09:20:00.000000|NULL");
        assertThat(f.rows("SELECT action, old_value, new_value, text_file_path FROM prayer_activity_log"
                + " ORDER BY rowid")).containsExactly(
                "set_answered|NULL|true|NULL",
                "set_answer_date|NULL|2025-07-07T09:20:00|NULL",
                "set_answer_testimony|NULL|" + testimony + "|NULL",
                "testimony|NULL|" + testimony + "|" + STORED);
    }

    @Test
    void anEncodedTestimonyIsDecodedExactly() {
        String testimony = "line one\r\nline two \\ three";
        PrayerFile pf = new PrayerFileReader().read(file()).value()
                .appending(TestimonyEntry.of(at("2025-07-07T09:20"), "Mary Ann", testimony));
        f.load(PATH, new PrayerFileWriter().write(pf));
        assertThat(f.rows("SELECT attribute_value FROM prayer_attributes")).containsExactly(testimony);
    }

    @Test
    void restoredClearsArchivedInTheReplayedHistory() {
        f.load(PATH, file("July 08 2025 at 10:00 - Mary Ann archived this prayer",
                "July 09 2025 at 10:00 - Mary Ann restored this prayer"));
        assertThat(f.count("prayer_attributes")).isZero();
        assertThat(f.rows("SELECT action, old_value, new_value FROM prayer_activity_log ORDER BY created_at"))
                .containsExactly("set_archived|NULL|true", "remove_archived|true|NULL");
    }

    @Test
    void restoredLinesAreReplayedChronologicallyNotInFileOrder() {
        f.load(PATH, file("July 09 2025 at 10:00 - Mary Ann restored this prayer",
                "July 08 2025 at 10:00 - Mary Ann archived this prayer"));
        assertThat(f.count("prayer_attributes")).isZero();
    }

    @Test
    void aRestoreAppendedLaterDeletesTheArchivedAttributeAnEarlierImportCreated() {
        f.load(PATH, file("July 08 2025 at 10:00 - Mary Ann archived this prayer"));
        assertThat(f.rows("SELECT attribute_name, attribute_value FROM prayer_attributes")).containsExactly("archived|true");
        FileReconciliation r = f.load(PATH, file("July 08 2025 at 10:00 - Mary Ann archived this prayer",
                "July 08 2025 at 10:00 - Mary Ann restored this prayer"));
        assertThat(r.deleted()).isEqualTo(Map.of("prayer_attributes", 1));
        assertThat(r.inserted()).isEqualTo(Map.of("prayer_activity_log", 1));
        assertThat(f.count("prayer_attributes")).isZero();
    }

    @Test
    void aLiveArchivedAttributeIsRemovedWhenTheArchiveKnowsItsWholeHistory() {
        f.load(PATH, file());
        f.db.runInTransaction(c -> {
            Repositories.PRAYER_ATTRIBUTES.insert(c, new PrayerAttributeRow(Ids.rowId(), ID, "archived", "true",
                    at("2025-07-08T10:00:33.1"), "Mary Ann", null));
            Repositories.PRAYER_ACTIVITY_LOG.insert(c, new PrayerActivityLogRow(Ids.rowId(), ID, "Mary Ann",
                    "set_archived", null, "true", at("2025-07-08T10:00:33.2"), null));
        });
        FileReconciliation r = f.load(PATH, file("July 08 2025 at 10:00 - Mary Ann archived this prayer",
                "July 09 2025 at 11:00 - Mary Ann restored this prayer"));
        assertThat(r.deleted()).isEqualTo(Map.of("prayer_attributes", 1));
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void aDatabaseThatRecordsANewerChangeKeepsItsAttributeAndSaysSo() {
        f.load(PATH, file());
        f.db.runInTransaction(c -> {
            Repositories.PRAYER_ATTRIBUTES.insert(c, new PrayerAttributeRow(Ids.rowId(), ID, "archived", "true",
                    at("2025-07-10T12:00:10"), "admin", null));
            Repositories.PRAYER_ACTIVITY_LOG.insert(c, new PrayerActivityLogRow(Ids.rowId(), ID, "admin",
                    "set_archived", null, "true", at("2025-07-10T12:00:10"), null));
        });
        FileReconciliation r = f.load(PATH, file("July 08 2025 at 10:00 - Mary Ann archived this prayer",
                "July 09 2025 at 11:00 - Mary Ann restored this prayer"));
        assertThat(r.deleted()).isEmpty();
        assertThat(r.conflicts()).singleElement().asString()
                .startsWith("prayer " + ID + " attribute archived (" + PATH + "): the database holds 'true'");
        assertThat(f.count("prayer_attributes")).isEqualTo(1);
    }

    @Test
    void aPrayerArchivedAgainAfterARestoreHasTheLastArchiveAsItsAttribute() {
        f.load(PATH, file("July 08 2025 at 10:00 - Mary Ann archived this prayer",
                "July 09 2025 at 10:00 - Mary Ann restored this prayer",
                "July 10 2025 at 07:30 - admin archived this prayer"));
        assertThat(f.rows("SELECT attribute_value, created_by, created_at FROM prayer_attributes"))
                .containsExactly("true|admin|2025-07-10 07:30:00.000000");
    }

    @Test
    void theLiveLineAndHealsLineForTheSameLogRowCountOnce() {
        f.load(PATH, file("July 07 2025 at 09:20 - Mary Ann marked this prayer as answered",
                "July 07 2025 at 09:20 - Mary Ann set answered to 'true'",
                "July 07 2025 at 09:20 - Mary Ann set answer_date to '2025-07-07T09:20:32.142584'"));
        assertThat(f.rows("SELECT action, old_value, new_value FROM prayer_activity_log ORDER BY action"))
                .containsExactly("set_answer_date|NULL|2025-07-07T09:20:32.142584", "set_answered|NULL|true");
        assertThat(f.rows("SELECT attribute_name, attribute_value FROM prayer_attributes ORDER BY attribute_name"))
                .containsExactly("answer_date|2025-07-07T09:20:32.142584", "answered|true");
    }

    @Test
    void healPhrasingsBecomeTheirLogsAndAttributes() {
        f.load(PATH, file("July 08 2025 at 08:00 - admin set daily_priority to '2025-07-08'",
                "July 10 2025 at 08:00 - admin set daily_priority from '2025-07-08' to '2025-07-10'",
                "July 11 2025 at 09:00 - Mary Ann set archived to 'true'",
                "July 12 2025 at 09:00 - Mary Ann removed archived (was 'true')",
                "July 12 2025 at 09:05 - admin unknown: something"));
        assertThat(f.rows("SELECT action, user_id, old_value, new_value FROM prayer_activity_log ORDER BY created_at"))
                .containsExactly("set_daily_priority|admin|NULL|2025-07-08",
                        "set_daily_priority|admin|2025-07-08|2025-07-10", "set_archived|Mary Ann|NULL|true",
                        "remove_archived|Mary Ann|true|NULL", "unknown|admin|NULL|something");
        assertThat(f.rows("SELECT attribute_name, attribute_value, created_at FROM prayer_attributes"))
                .containsExactly("daily_priority|2025-07-10|2025-07-08 08:00:00.000000");
    }

    @Test
    void aFlaggedLineFlagsThePrayerColumn() {
        FileReconciliation r = f.load(PATH, file("July 08 2025 at 10:00 - Pat flagged this prayer"));
        assertThat(f.rows("SELECT flagged FROM prayer")).containsExactly("1");
        assertThat(f.rows("SELECT action, new_value, text_file_path FROM prayer_activity_log"))
                .containsExactly("flagged|true|" + STORED);
        assertThat(f.count("prayer_attributes")).isZero();
        assertThat(r.inserted()).containsEntry("prayer", 1);
    }

    @Test
    void aDifferentTextOrAuthorForTheSameIdIsAConflictAndNotOverwritten() {
        f.load(PATH, file());
        FileReconciliation r = f.load("prayers/2025/07/2025_07_06_prayer_at_1207_2.txt",
                prayerFile(ID, "Pat", "Another text", "July 06 2025 at 12:10 - Pat prayed this prayer"));
        assertThat(r.conflicts()).containsExactly(
                "prayer " + ID + " (prayers/2025/07/2025_07_06_prayer_at_1207_2.txt): author is 'Mary Ann' in the"
                        + " database, 'Pat' in the archive; the database's is kept",
                "prayer " + ID + " (prayers/2025/07/2025_07_06_prayer_at_1207_2.txt): request text differs between"
                        + " database and archive; the database's is kept");
        assertThat(r.refused()).isFalse();
        assertThat(f.rows("SELECT author_username, text, text_file_path FROM prayer"))
                .containsExactly("Mary Ann|Please pray: for my mom.\n\n  She is ill|" + STORED);
        assertThat(r.inserted()).isEqualTo(Map.of("prayermark", 1, "prayer_activity_log", 1));
    }

    @Test
    void secondsOnTheStoredPrayerAreNotAConflictAndAMissingPathIsFilled() {
        f.db.runInTransaction(c -> Repositories.PRAYERS.insert(c, org.thywill.archive.store.repo.PrayerRow.submitted(
                ID, "Mary Ann", "Please pray: for my mom.\n\n  She is ill", "Lord, heal.\nAmen.", null,
                at("2025-07-06T12:07:44.5"), null)));
        FileReconciliation r = f.load(PATH, file());
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.updated()).isEqualTo(Map.of("prayer", 1));
        assertThat(f.rows("SELECT text_file_path, created_at FROM prayer"))
                .containsExactly(STORED + "|2025-07-06 12:07:44.500000");
    }

    @Test
    void aHeaderlessPrayerFileIsRefusedAndNothingOfItIsWritten() {
        String text = "July 06 2025 at 12:10 - Pat prayed this prayer\n";
        PrayerFile headerless = new PrayerFileReader().read(text).value();
        assertThat(headerless.hasHeader()).isFalse();
        FileReconciliation r = f.reconcile(ArchiveKind.PRAYER, PATH, headerless);
        assertThat(r.refused()).isTrue();
        assertThat(r.conflicts()).containsExactly("refused: " + PATH + ": no `Prayer <id> by <author>` header"
                + " (activity appended to a missing file, B16): its activity names no prayer id, so nothing of it can"
                + " be imported");
        assertThat(r.changedRows()).isZero();
        assertThat(f.count("prayer") + f.count("prayermark") + f.count("prayer_activity_log")).isZero();
    }

    @Test
    void aCrashLeftoverTempIdIsRefused() {
        // the reader reports it too; a caller that reconciles anyway gets a refusal, not a prayer named `temp`
        PrayerFile crashed = new PrayerFileReader().read(prayerFile("temp", "Mary Ann", "text")).value();
        FileReconciliation r = f.reconcile(ArchiveKind.PRAYER, PATH, crashed);
        assertThat(r.refused()).isTrue();
        assertThat(r.conflicts().get(0)).contains("crash leftover (B14)");
        assertThat(f.count("prayer")).isZero();
    }

    @Test
    void noUserIsCreatedForAnUnknownAuthorOrActivityUser() {
        FileReconciliation r = f.load(PATH, prayerFile(ID, "Ghost Writer", "text",
                "July 06 2025 at 12:10 - Mary Beth Carter prayed this prayer"));
        assertThat(f.rows("SELECT display_name FROM user ORDER BY display_name")).containsExactly("Mary Ann", "Pat",
                "admin");
        assertThat(r.inserted()).isEqualTo(Map.of("prayer", 1, "prayermark", 1, "prayer_activity_log", 1));
        assertThat(r.notes()).containsExactly(
                PATH + ": author 'Ghost Writer' of prayer " + ID + " has no user row; the prayer is imported without one"
                        + " (no user is created from a prayer file)",
                PATH + ": activity of prayer " + ID + " names users with no user row [Mary Beth Carter]; their"
                        + " activity is imported, no user is created");
    }

    @Test
    void theHeadersCategorizationIsStoredWhenPresent() {
        String text = "Prayer " + ID + " by Mary Ann\nSubmitted July 06 2025 at 12:07\nProject: healing\n"
                + "Safety Score: 0.9\nSafety Flags: [\"self_harm\"]\nCategory: health\nSpecificity: specific\n"
                + "Categorization Method: ai_full\nCategorization Confidence: 0.8\n\ntext\n\nActivity:\n";
        f.load(PATH, text);
        assertThat(f.rows("SELECT project_tag, safety_score, safety_flags, subject_category, specificity_type,"
                + " categorization_method, specificity_confidence, generated_prayer FROM prayer"))
                .containsExactly("healing|0.9|[\"self_harm\"]|health|specific|ai_full|0.8|NULL");
    }

    @Test
    void aSecondImportOfTheSameFileChangesNothing() {
        String text = file("July 06 2025 at 12:10 - Pat prayed this prayer",
                "July 07 2025 at 09:20 - Mary Ann marked this prayer as answered",
                "July 07 2025 at 09:20 - Mary Ann added testimony: thanks: all well",
                "July 08 2025 at 10:00 - Mary Ann archived this prayer",
                "July 09 2025 at 10:00 - Mary Ann restored this prayer");
        assertThat(f.load(PATH, text).changedRows()).isEqualTo(1 + 2 + 6 + 3);
        FileReconciliation again = f.load(PATH, text);
        assertThat(again.changedRows()).isZero();
        assertThat(again.conflicts()).isEmpty();
    }

    @Test
    void aDryRunRollsBackEverythingAndTheNextRunStillWorks() {
        PrayerFile pf = new PrayerFileReader().read(file("July 06 2025 at 12:10 - Pat prayed this prayer")).value();
        assertThatThrownBy(() -> f.db.runInTransaction(c -> {
            assertThat(f.reconciler.reconcile(c, ArchiveKind.PRAYER, PATH, pf).insertedRows()).isEqualTo(3);
            throw new IllegalStateException("dry run");
        })).hasMessage("dry run");
        assertThat(f.count("prayer") + f.count("prayermark") + f.count("prayer_activity_log")).isZero();
        assertThat(f.reconcile(ArchiveKind.PRAYER, PATH, pf).insertedRows()).isEqualTo(3);
    }

    @Test
    void filesCanShareATransactionWithASavepointEach() {
        PrayerFile good = new PrayerFileReader().read(file("July 06 2025 at 12:10 - Pat prayed this prayer")).value();
        PrayerFile other = new PrayerFileReader().read(prayerFile("ffff0000ffff0000ffff0000ffff0000", "Pat", "x",
                "July 06 2025 at 12:10 - Pat prayed this prayer")).value();
        f.db.runInTransaction(c -> {
            Sql.update(c, "SAVEPOINT file");
            f.reconciler.reconcile(c, ArchiveKind.PRAYER, PATH, good);
            Sql.update(c, "RELEASE file");
            Sql.update(c, "SAVEPOINT file");
            f.reconciler.reconcile(c, ArchiveKind.PRAYER, "prayers/2025/07/other.txt", other);
            Sql.update(c, "ROLLBACK TO file"); // this file rejected, the batch goes on
            Sql.update(c, "RELEASE file");
        });
        assertThat(f.rows("SELECT id FROM prayer")).containsExactly(ID);
        assertThat(f.count("prayermark")).isEqualTo(1);
    }

    @Test
    void aRecordOfAnotherTypeIsAProgrammingError() {
        assertThatThrownBy(() -> f.reconcile(ArchiveKind.PRAYER, PATH, "not a prayer file"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRAYER needs a PrayerFile");
    }

    @Test
    void kindsThatAreNotImportedSaySo() {
        FileReconciliation r = f.reconcile(ArchiveKind.AUTH_REQUESTS, "auth/2025_07_auth_requests.txt", new Object());
        assertThat(r.notes()).containsExactly("not imported: AUTH_REQUESTS");
        assertThat(r.changedRows()).isZero();
        assertThat(f.reconcile(ArchiveKind.SITE_ACTIVITY, "activity/activity_2025_07.txt", new Object()).notes())
                .singleElement().asString().startsWith("not imported: SITE_ACTIVITY (informational");
    }

    @Test
    void theHeaderHelpersAgree() {
        assertThat(PrayerHeader.of(ID, "Mary Ann", at("2025-07-06T12:07:33")).submitted()).isEqualTo(at("2025-07-06T12:07"));
        assertThat(Reconciler.storedPath("./prayers/2025/07/x.txt")).isEqualTo("text_archives/prayers/2025/07/x.txt");
    }
}
