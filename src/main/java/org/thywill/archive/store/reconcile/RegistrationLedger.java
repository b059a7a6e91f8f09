package org.thywill.archive.store.reconcile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The {@code reconcile_registration} table (migration V3): per display name, the earliest registration line seen
 * and what the reconciler did with it. It is what lets an inviter link wait for the inviter's file, and a
 * {@code joined directly} fallback be recomputed when an earlier user turns up, across runs.
 */
final class RegistrationLedger {

    /**
     * @param registeredAt   the line's minute
     * @param inviter        {@code null} for {@code joined directly}
     * @param sourcePath     the stored path of the users file holding the line
     * @param userCreated    whether the reconciler inserted the user row from a registration line (then an earlier
     *                       line may move its created_at and text_file_path; a live row is never moved)
     * @param appliedInviter the {@code invited_by_username} the reconciler last wrote, {@code null} if none
     */
    record Entry(String displayName, LocalDateTime registeredAt, String inviter, String sourcePath,
                 boolean userCreated, String appliedInviter) {

        /** Whether a line at {@code at} in {@code path} comes before this one (minute, then path). */
        boolean isAfter(LocalDateTime at, String path) {
            int byTime = registeredAt.compareTo(at);
            return byTime > 0 || byTime == 0 && sourcePath.compareTo(path) > 0;
        }

        boolean isLine(LocalDateTime at, String path) {
            return registeredAt.equals(at) && sourcePath.equals(path);
        }
    }

    private static final String COLUMNS =
            "display_name, registered_at, inviter, source_path, user_created, applied_inviter";

    private RegistrationLedger() {
    }

    static Optional<Entry> find(Connection c, String displayName) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM reconcile_registration WHERE display_name = ?",
                RegistrationLedger::map, displayName);
    }

    static List<Entry> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM reconcile_registration ORDER BY registered_at, display_name",
                RegistrationLedger::map);
    }

    /** Inserts the entry, or replaces the one with the same display name. */
    static void put(Connection c, Entry e) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO reconcile_registration (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                e.displayName(), e.registeredAt(), e.inviter(), e.sourcePath(), e.userCreated(), e.appliedInviter());
    }

    static void setApplied(Connection c, String displayName, String inviter) throws SQLException {
        Sql.update(c, "UPDATE reconcile_registration SET applied_inviter = ? WHERE display_name = ?", inviter,
                displayName);
    }

    private static Entry map(ResultSet rs) throws SQLException {
        return new Entry(rs.getString("display_name"), Sql.time(rs, "registered_at"), rs.getString("inviter"),
                rs.getString("source_path"), rs.getInt("user_created") != 0, rs.getString("applied_inviter"));
    }
}
