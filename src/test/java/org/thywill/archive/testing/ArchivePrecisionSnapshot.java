package org.thywill.archive.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.thywill.archive.recovery.ArchivePrecisionRows;
import org.thywill.archive.recovery.CarriedKind;
import org.thywill.archive.store.SqliteFacts;

/**
 * Test helper: what a ThyWill database holds at archive precision, kind by kind, as the recovery jobs compare it
 * ({@link ArchivePrecisionRows}: plain SQL, independent of the reconciler; datetimes cut to the minute,
 * {@code answer_date} values compared at the minute): every kind as a sorted list of rows (a multiset), one
 * {@code |}-joined string per row.
 */
public record ArchivePrecisionSnapshot(List<String> users, List<String> prayers, List<String> marks,
                                List<String> attributes, List<String> logs, List<String> sessions,
                                List<String> inviteTokens, List<String> inviteUsage) {

    public static ArchivePrecisionSnapshot of(Path db) throws SQLException {
        try (Connection c = SqliteFacts.openReadOnly(db)) {
            return new ArchivePrecisionSnapshot(
                    ArchivePrecisionRows.all(c, CarriedKind.USERS),
                    ArchivePrecisionRows.all(c, CarriedKind.PRAYERS),
                    ArchivePrecisionRows.all(c, CarriedKind.MARKS),
                    ArchivePrecisionRows.all(c, CarriedKind.ATTRIBUTES),
                    ArchivePrecisionRows.all(c, CarriedKind.ACTIVITY_LOGS),
                    ArchivePrecisionRows.all(c, CarriedKind.SESSIONS),
                    ArchivePrecisionRows.all(c, CarriedKind.INVITE_TOKENS),
                    ArchivePrecisionRows.all(c, CarriedKind.INVITE_USAGE));
        }
    }
}
