package org.thywill.archive.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.SchemaMigration.OpenedAs;
import org.thywill.archive.testing.Samples;

class FreshSchemaTest {

    private static final List<String> ORIGINAL_TABLES = List.of("authapproval", "authauditlog",
            "authenticationrequest", "changelogentry", "invite_token_usage", "invitetoken", "membership_application",
            "notification_state", "prayer", "prayer_activity_log", "prayer_attributes", "prayermark", "prayerskip",
            "role", "securitylog", "session", "user", "user_roles");

    @TempDir
    Path dir;

    @Test
    void freshDatabaseHasEveryOriginalTableExactlyAsTheSampleHasIt() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        try (Database db = Database.open(fresh)) {
            assertThat(db.migration()).isEqualTo(new SchemaMigration(OpenedAs.NEW_DATABASE, 4, "4"));
        }
        for (String sample : Samples.NAMES) {
            try (Connection original = SqliteFacts.openReadOnly(Samples.database(sample));
                 Connection ours = SqliteFacts.openReadOnly(fresh)) {
                assertThat(SqliteFacts.tables(original)).containsExactlyElementsOf(ORIGINAL_TABLES);
                assertThat(SqliteFacts.tables(ours)).containsExactlyInAnyOrderElementsOf(
                        concat(ORIGINAL_TABLES, "archive_file_ledger", "flyway_schema_history", "reconcile_registration",
                                "reconcile_pending_user_attributes", "heal_prayer_state"));
                for (String table : ORIGINAL_TABLES) {
                    List<String> expected = SqliteFacts.describe(original, table);
                    assertThat(expected).as(table).anyMatch(f -> f.startsWith("column "));
                    assertThat(SqliteFacts.describe(ours, table)).as(sample + " " + table)
                            .filteredOn(f -> !SqliteFacts.isReconcilerIndexFact(f))
                            .containsExactlyElementsOf(expected);
                }
                assertThat(SqliteFacts.namedIndexes(original))
                        .containsExactly("idx_invitetoken_used_by", "idx_user_invite_token", "idx_user_invited_by");
                assertThat(SqliteFacts.namedIndexes(ours)).containsExactlyInAnyOrderElementsOf(
                        concat(SqliteFacts.namedIndexes(original), "flyway_schema_history_s_idx",
                                "reconcile_ix_activity_log_prayer", "reconcile_ix_attributes_prayer",
                                "reconcile_ix_invite_usage_token", "reconcile_ix_invite_usage_user",
                                "reconcile_ix_prayermark_prayer", "reconcile_registration_inviter"));
            }
        }
    }

    @Test
    void theOriginalSchemaAsV1DeclaresItHasEighteenTablesAndThreeIndexes() {
        ThyWillSchema schema = ThyWillSchema.get();
        assertThat(schema.tables()).containsExactlyInAnyOrderElementsOf(ORIGINAL_TABLES);
        assertThat(schema.indexes())
                .containsExactly("idx_invitetoken_used_by", "idx_user_invite_token", "idx_user_invited_by");
        assertThat(schema.columns("prayermark"))
                .containsExactly("id", "username", "prayer_id", "created_at", "text_file_path");
    }

    @Test
    void theLedgerTableIsOursAndShapedForTheImporter() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        Database.open(fresh).close();
        try (Connection c = SqliteFacts.openReadOnly(fresh)) {
            assertThat(SqliteFacts.describe(c, "archive_file_ledger")).filteredOn(f -> f.startsWith("column "))
                    .containsExactly(
                            "column 0|path|TEXT|1|null|1",
                            "column 1|size|INTEGER|1|null|0",
                            "column 2|mtime_ms|INTEGER|1|null|0",
                            "column 3|sha256|TEXT|1|null|0",
                            "column 4|kind|TEXT|0|null|0",
                            "column 5|imported_at|TEXT|1|null|0",
                            "column 6|status|TEXT|1|null|0",
                            "column 7|error|TEXT|0|null|0");
        }
    }

    private static List<String> concat(List<String> list, String... more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.Arrays.stream(more)).toList();
    }
}
