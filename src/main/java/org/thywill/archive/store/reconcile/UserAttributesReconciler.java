package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.USERS;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.thywill.archive.format.users.UserAttributes;
import org.thywill.archive.format.users.UserAttributesFile;
import org.thywill.archive.store.repo.UserRow;

/**
 * {@code users/user_attributes.txt} (an export-all snapshot) into existing users. The archive fills what the
 * database does not have: {@code is_supporter} false → true, {@code supporter_since} / {@code supporter_type} NULL
 * → the archive's value ({@code supporter_since} carries a date only: stored at midnight; a stored value on the same
 * date is equal), {@code welcome_message_dismissed} false → true (a one-way flag). A value the database holds and
 * the archive contradicts is kept and reported. A block for a user with no row is never turned into a user (B31):
 * it waits in {@code reconcile_pending_user_attributes} and is applied by {@link Reconciler#linkAcrossFiles} once
 * the user exists. Like the original's parser, a user given twice keeps the last block.
 */
final class UserAttributesReconciler {

    /** One block's known values; {@code null} where the block has none (or a malformed one the reader reported). */
    record Values(String displayName, Boolean supporter, LocalDate supporterSince, String supporterType,
                  Boolean welcomeDismissed) {
    }

    void reconcile(Connection c, String relativePath, UserAttributesFile file, Tally t) throws SQLException {
        String path = Reconciler.storedPath(relativePath);
        Map<String, UserAttributes> last = new LinkedHashMap<>();
        for (UserAttributes u : file.users()) {
            last.put(u.username(), u);
        }
        for (UserAttributes u : last.values()) {
            Values v = new Values(u.username(), u.supporter().orElse(null), u.supporterSince().orElse(null),
                    u.supporterType().filter(s -> !s.isEmpty()).orElse(null),
                    u.welcomeMessageDismissed().orElse(null));
            Optional<UserRow> user = USERS.findByDisplayName(c, v.displayName());
            if (user.isEmpty()) {
                Sql.update(c, "INSERT OR REPLACE INTO reconcile_pending_user_attributes (display_name, is_supporter,"
                                + " supporter_since, supporter_type, welcome_message_dismissed, source_path)"
                                + " VALUES (?, ?, ?, ?, ?, ?)", v.displayName(), v.supporter(),
                        v.supporterSince() == null ? null : v.supporterSince().atStartOfDay(), v.supporterType(),
                        v.welcomeDismissed(), path);
                t.note(relativePath + ": user '" + v.displayName() + "' has no user row yet; the attributes wait"
                        + " for the registration (no user is created from this file)");
                continue;
            }
            List<String> conflicts = new ArrayList<>();
            if (apply(c, user.get(), v, conflicts)) {
                t.updated("user", 1);
            }
            conflicts.forEach(x -> t.conflict(relativePath + ": " + x));
        }
    }

    /** Applies the pending blocks of users that now exist; returns how many users changed. */
    static int applyPending(Connection c, List<String> pending, List<String> conflicts) throws SQLException {
        int applied = 0;
        for (Values v : Sql.query(c, "SELECT * FROM reconcile_pending_user_attributes ORDER BY display_name",
                UserAttributesReconciler::pendingRow)) {
            Optional<UserRow> user = USERS.findByDisplayName(c, v.displayName());
            if (user.isEmpty()) {
                pending.add("user attributes of '" + v.displayName() + "' wait for that user's registration");
                continue;
            }
            if (apply(c, user.get(), v, conflicts)) {
                applied++;
            }
            Sql.update(c, "DELETE FROM reconcile_pending_user_attributes WHERE display_name = ?", v.displayName());
        }
        return applied;
    }

    private static Values pendingRow(ResultSet rs) throws SQLException {
        LocalDateTime since = Sql.time(rs, "supporter_since");
        return new Values(rs.getString("display_name"), bool(rs, "is_supporter"),
                since == null ? null : since.toLocalDate(), rs.getString("supporter_type"),
                bool(rs, "welcome_message_dismissed"));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v != 0;
    }

    private static boolean apply(Connection c, UserRow u, Values v, List<String> conflicts) throws SQLException {
        String who = "user '" + u.displayName() + "'";
        boolean supporter = u.isSupporter();
        LocalDateTime since = u.supporterSince();
        String type = u.supporterType();
        boolean welcome = u.welcomeMessageDismissed();
        if (v.supporter() != null) {
            if (v.supporter() && !supporter) {
                supporter = true;
            } else if (!v.supporter() && supporter) {
                conflicts.add(who + ": is_supporter is true in the database, false in the archive; kept");
            }
        }
        if (v.supporterSince() != null) {
            if (since == null) {
                since = v.supporterSince().atStartOfDay();
            } else if (!since.toLocalDate().equals(v.supporterSince())) {
                conflicts.add(who + ": supporter_since is " + since.toLocalDate() + " in the database, "
                        + v.supporterSince() + " in the archive; kept");
            }
        }
        if (v.supporterType() != null) {
            if (type == null || type.isEmpty()) {
                type = v.supporterType();
            } else if (!type.equals(v.supporterType())) {
                conflicts.add(who + ": supporter_type is '" + type + "' in the database, '" + v.supporterType()
                        + "' in the archive; kept");
            }
        }
        if (Boolean.TRUE.equals(v.welcomeDismissed())) {
            welcome = true;
        }
        boolean changed = supporter != u.isSupporter() || !Objects.equals(since, u.supporterSince())
                || !Objects.equals(type, u.supporterType()) || welcome != u.welcomeMessageDismissed();
        if (changed) {
            Sql.update(c, "UPDATE \"user\" SET is_supporter = ?, supporter_since = ?, supporter_type = ?,"
                    + " welcome_message_dismissed = ? WHERE display_name = ?", supporter, since, type, welcome,
                    u.displayName());
        }
        return changed;
    }
}
