package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.INVITE_TOKENS;
import static org.thywill.archive.store.repo.Repositories.INVITE_TOKEN_USAGE;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.store.repo.InviteTokenRow;
import org.thywill.archive.store.repo.InviteTokenUsageRow;

/**
 * {@code invitetoken} rows as the invite-usage lines imply them. The archive carries the token, its creator and
 * its claims; what it does not carry gets the live values seen in both samples' databases:
 * <ul>
 *   <li>{@code max_uses} = 1 (every token of both samples, of every type);</li>
 *   <li>{@code expires_at} = the first line's time + 12 hours (every token of the samples that has a creation line
 *       expires exactly 12 hours after it; for a token seen only claimed, the claim time is the best known);</li>
 *   <li>{@code token_type}: {@code admin} for a token created by {@code system}, {@code multi_device} for one
 *       claimed by its own creator, else {@code new_user} (the type of every POST /invites creation line);</li>
 *   <li>{@code usage_count} = its claims in {@code invite_token_usage}, {@code used_by_user_id} = the latest
 *       claimant.</li>
 * </ul>
 * An existing row is only brought up to its claims: {@code usage_count} never decreases, a NULL claimant is
 * filled. Tokens are bearer secrets: messages show only their first four characters.
 */
final class InviteTokens {

    static final int MAX_USES = 1;
    static final long EXPIRY_HOURS = 12;

    private static final String CLAIMS = "(SELECT count(*) FROM invite_token_usage u WHERE u.invite_token_id = t.token)";
    private static final String LATEST = "(SELECT u.user_id FROM invite_token_usage u WHERE u.invite_token_id = t.token"
            + " ORDER BY u.claimed_at DESC, u.rowid DESC LIMIT 1)";

    private InviteTokens() {
    }

    static String label(String token) {
        return "token " + (token.length() > 4 ? token.substring(0, 4) + "…" : "…");
    }

    static String type(String createdBy, String claimant) {
        if ("system".equals(createdBy)) {
            return "admin";
        }
        return createdBy.equals(claimant) ? "multi_device" : "new_user";
    }

    /**
     * Inserts the token when missing, created by {@code createdBy} at {@code firstSeen}; else brings it up to its
     * claims. {@code fromCreationLine}: the token is known from a POST /invites line (type {@code new_user}).
     */
    static void reconcile(Connection c, String token, String createdBy, LocalDateTime firstSeen,
                          boolean fromCreationLine, String context, Tally t) throws SQLException {
        List<InviteTokenUsageRow> claims = INVITE_TOKEN_USAGE.findByToken(c, token);
        String latest = claims.isEmpty() ? null : claims.get(claims.size() - 1).userId();
        Optional<InviteTokenRow> row = INVITE_TOKENS.findByToken(c, token);
        if (row.isEmpty()) {
            String type = fromCreationLine ? "new_user" : type(createdBy, latest);
            INVITE_TOKENS.insert(c, new InviteTokenRow(token, createdBy, claims.size(), MAX_USES,
                    firstSeen.plusHours(EXPIRY_HOURS), latest, type));
            t.inserted("invitetoken", 1);
            return;
        }
        InviteTokenRow r = row.get();
        if (!r.createdByUser().equals(createdBy)) {
            t.conflict(context + ": " + label(token) + " was created by '" + r.createdByUser() + "' in the database, by '"
                    + createdBy + "' in the archive; kept");
        }
        int count = Math.max(r.usageCount(), claims.size());
        String usedBy = r.usedByUserId() == null ? latest : r.usedByUserId();
        if (count != r.usageCount() || !java.util.Objects.equals(usedBy, r.usedByUserId())) {
            Sql.update(c, "UPDATE invitetoken SET usage_count = ?, used_by_user_id = ? WHERE token = ?", count, usedBy,
                    token);
            t.updated("invitetoken", 1);
        }
    }

    /** Brings every token up to its claims (claims and tokens may come from different files); returns how many. */
    static int syncAll(Connection c) throws SQLException {
        return Sql.update(c, "UPDATE invitetoken AS t SET usage_count = max(usage_count, " + CLAIMS + "),"
                + " used_by_user_id = coalesce(used_by_user_id, " + LATEST + ")"
                + " WHERE usage_count < " + CLAIMS + " OR (used_by_user_id IS NULL AND " + CLAIMS + " > 0)");
    }
}
