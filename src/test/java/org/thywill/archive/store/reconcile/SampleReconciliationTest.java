package org.thywill.archive.store.reconcile;

import org.thywill.archive.testing.ArchivePrecisionSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.Samples;

/**
 * THE key property: a sample's archive tree, reconciled file by file into a fresh database, gives back the
 * sample's own database at archive precision, whatever the order of the files; and reconciling it into the
 * sample's own (live, second-precision) database, or a second time, changes nothing.
 */
class SampleReconciliationTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void aFreshImportIsTheSampleDatabaseAtArchivePrecision(String sample) throws Exception {
        Path fresh = dir.resolve("fresh.db");
        ArchiveImport.Run run;
        try (Database db = Database.open(fresh)) {
            run = ArchiveImport.run(db, ArchiveImport.parse(sample));
        }
        assertThat(run.conflicts()).isEmpty();
        assertThat(run.link().pending()).isEmpty();
        ArchivePrecisionSnapshot expected = ArchivePrecisionSnapshot.of(Samples.database(sample));
        assertThat(expected.marks()).hasSize(sample.equals("tiny") ? 20 : 556);
        assertThat(expected.logs()).hasSize(sample.equals("tiny") ? 35 : 669);
        assertEqual(ArchivePrecisionSnapshot.of(fresh), expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void theOrderOfTheFilesDoesNotMatter(String sample) throws Exception {
        List<ArchiveImport.ParsedFile> files = ArchiveImport.parse(sample);
        ArchivePrecisionSnapshot expected = ArchivePrecisionSnapshot.of(Samples.database(sample));
        for (long seed : new long[] {1, 20250706, 977}) {
            Path fresh = dir.resolve("shuffled-" + seed + ".db");
            try (Database db = Database.open(fresh)) {
                ArchiveImport.Run run = ArchiveImport.run(db, ArchiveImport.shuffled(files, seed));
                assertThat(run.conflicts()).as("seed " + seed).isEmpty();
            }
            assertEqual(ArchivePrecisionSnapshot.of(fresh), expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void importingIntoTheSamplesOwnLiveDatabaseChangesNothing(String sample) throws Exception {
        Path live = SqliteFacts.copySample(sample, dir);
        try (Database db = Database.open(live)) {
            // the V3 indexes and tables are added on open; the fingerprint is taken after that
            Map<String, String> before = fingerprint(live);
            ArchiveImport.Run run = ArchiveImport.run(db, ArchiveImport.parse(sample));
            assertThat(run.files()).allSatisfy(f -> {
                assertThat(f.inserted()).isEmpty();
                assertThat(f.updated()).isEmpty();
                assertThat(f.deleted()).isEmpty();
            });
            assertThat(run.changedRows()).isZero();
            assertThat(run.conflicts()).isEmpty();
            assertThat(fingerprint(live)).isEqualTo(before);
            // the only rows written: the reconciler's own record of each user's registration line
            try (Connection c = SqliteFacts.openReadOnly(live)) {
                assertThat(SqliteFacts.strings(c, "SELECT display_name FROM reconcile_registration WHERE user_created = 0"
                        + " AND applied_inviter IS NULL ORDER BY display_name"))
                        .isEqualTo(SqliteFacts.strings(c, "SELECT display_name FROM user ORDER BY display_name"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void aSecondImportInsertsNothing(String sample) throws Exception {
        Path fresh = dir.resolve("twice.db");
        List<ArchiveImport.ParsedFile> files = ArchiveImport.parse(sample);
        try (Database db = Database.open(fresh)) {
            ArchiveImport.Run first = ArchiveImport.run(db, files);
            assertThat(first.changedRows()).isPositive();
            Map<String, String> before = fingerprint(fresh);
            ArchiveImport.Run second = ArchiveImport.run(db, ArchiveImport.shuffled(files, 5));
            assertThat(second.changedRows()).isZero();
            assertThat(second.conflicts()).isEmpty();
            assertThat(fingerprint(fresh)).isEqualTo(before);
        }
    }

    /** Row counts and content hashes of the original's tables (not of the reconciler's bookkeeping). */
    private static Map<String, String> fingerprint(Path db) throws Exception {
        try (Connection original = SqliteFacts.openReadOnly(Samples.database("tiny"));
             Connection c = SqliteFacts.openReadOnly(db)) {
            return SqliteFacts.contentFingerprint(c, SqliteFacts.tables(original));
        }
    }

    static void assertEqual(ArchivePrecisionSnapshot actual, ArchivePrecisionSnapshot expected) {
        assertThat(actual.users()).as("users").containsExactlyElementsOf(expected.users());
        assertThat(actual.prayers()).as("prayers").containsExactlyElementsOf(expected.prayers());
        assertThat(actual.marks()).as("marks").containsExactlyElementsOf(expected.marks());
        assertThat(actual.attributes()).as("attributes").containsExactlyElementsOf(expected.attributes());
        assertThat(actual.logs()).as("logs").containsExactlyElementsOf(expected.logs());
        assertThat(actual.sessions()).as("sessions").containsExactlyElementsOf(expected.sessions());
        assertThat(actual.inviteUsage()).as("invite usage").containsExactlyElementsOf(expected.inviteUsage());
        assertThat(actual.inviteTokens()).as("invite tokens").containsExactlyElementsOf(expected.inviteTokens());
    }
}
