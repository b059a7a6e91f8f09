package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.USERS;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.thywill.archive.store.repo.UserRow;

/**
 * The user links that depend on other files: {@code invited_by_username} and {@code invite_token_used}.
 *
 * <p><b>Inviter.</b> From the user's earliest registration line ({@link RegistrationLedger}):
 * {@code joined on invitation from Y} → Y, once Y has a user row (until then it is pending and stays NULL).
 * {@code joined directly} → the live app's invite-tree rule (reference §2.2): the first user of the community
 * (earliest {@code created_at}, ties by name) keeps NULL; anyone else gets the admin fallback, the user named
 * {@code admin} (unless that is themselves), else the earliest-created user. Because files arrive in any order,
 * the value is recomputed on every link; it is written only over NULL or over the value the reconciler itself
 * wrote before, never over a value the live app stored (a disagreement is reported instead).
 *
 * <p><b>Invite token used.</b> Filled when NULL, from the user's earliest claim in {@code invite_token_usage}
 * (imported from {@code system/YYYY_MM_invite_usage.txt}) of a token they did not create themselves: a
 * {@code multi_device} token is created and claimed by the same user and is not the one they joined with.
 */
final class UserLinker {

    /** What a link pass did. */
    record Result(int invitersLinked, int tokensFilled, List<String> pending, List<String> conflicts) {
    }

    private static final String FIRST_CLAIM = "SELECT u.invite_token_id FROM invite_token_usage u"
            + " LEFT JOIN invitetoken t ON t.token = u.invite_token_id"
            + " WHERE u.user_id = \"user\".display_name"
            + " AND (t.created_by_user IS NULL OR t.created_by_user <> \"user\".display_name)"
            + " ORDER BY u.claimed_at, u.rowid LIMIT 1";

    private UserLinker() {
    }

    /** Links every user the ledger knows, and fills every NULL {@code invite_token_used} that a claim explains. */
    static Result linkAll(Connection c) throws SQLException {
        Result inviters = linkInviters(c, RegistrationLedger.all(c));
        int tokens = Sql.update(c, "UPDATE \"user\" SET invite_token_used = (" + FIRST_CLAIM + ")"
                + " WHERE invite_token_used IS NULL AND EXISTS (" + FIRST_CLAIM + ")");
        return new Result(inviters.invitersLinked(), tokens, inviters.pending(), inviters.conflicts());
    }

    /** {@link #linkAll} restricted to {@code names}. */
    static Result link(Connection c, Collection<String> names) throws SQLException {
        List<RegistrationLedger.Entry> entries = new ArrayList<>();
        for (String n : names) {
            RegistrationLedger.find(c, n).ifPresent(entries::add);
        }
        Result inviters = linkInviters(c, entries);
        int tokens = 0;
        for (String n : names) {
            tokens += Sql.update(c, "UPDATE \"user\" SET invite_token_used = (" + FIRST_CLAIM + ")"
                    + " WHERE display_name = ? AND invite_token_used IS NULL AND EXISTS (" + FIRST_CLAIM + ")", n);
        }
        return new Result(inviters.invitersLinked(), tokens, inviters.pending(), inviters.conflicts());
    }

    private static Result linkInviters(Connection c, List<RegistrationLedger.Entry> entries) throws SQLException {
        List<String> pending = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        if (entries.isEmpty()) {
            return new Result(0, 0, pending, conflicts);
        }
        Optional<String> first = Sql.one(c, "SELECT display_name FROM \"user\" ORDER BY created_at, display_name"
                + " LIMIT 1", rs -> rs.getString(1));
        boolean adminExists = USERS.exists(c, "admin");
        int linked = 0;
        for (RegistrationLedger.Entry e : entries) {
            Optional<UserRow> user = USERS.findByDisplayName(c, e.displayName());
            if (user.isEmpty()) {
                continue;
            }
            String desired;
            if (e.inviter() != null) {
                if (!USERS.exists(c, e.inviter())) {
                    pending.add("user '" + e.displayName() + "' joined on invitation from '" + e.inviter()
                            + "', who has no user row yet");
                    continue;
                }
                desired = e.inviter();
            } else if (first.isPresent() && first.get().equals(e.displayName())) {
                desired = null;
            } else {
                desired = adminExists && !e.displayName().equals("admin") ? "admin" : first.orElse(null);
            }
            String current = user.get().invitedByUsername();
            if (Objects.equals(current, desired)) {
                continue;
            }
            if (current == null || current.equals(e.appliedInviter())) {
                Sql.update(c, "UPDATE \"user\" SET invited_by_username = ? WHERE display_name = ?", desired,
                        e.displayName());
                RegistrationLedger.setApplied(c, e.displayName(), desired);
                linked++;
            } else {
                conflicts.add("user '" + e.displayName() + "': invited_by_username is '" + current
                        + "' in the database, the registration line (" + e.sourcePath() + ") says "
                        + (e.inviter() == null ? "joined directly (admin fallback " + PrayerFileReconciler.quote(desired)
                        + ")" : "'" + e.inviter() + "'") + "; the database's is kept");
            }
        }
        return new Result(linked, 0, pending, conflicts);
    }
}
