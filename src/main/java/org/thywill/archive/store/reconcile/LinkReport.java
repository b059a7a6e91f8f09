package org.thywill.archive.store.reconcile;

import java.util.List;

/**
 * What {@link Reconciler#linkAcrossFiles} did.
 *
 * @param invitersLinked           {@code user.invited_by_username} values written (an invitation line whose inviter
 *                                 now has a row, or the admin fallback of a {@code joined directly} line)
 * @param inviteTokensUsedFilled   {@code user.invite_token_used} values filled from invite-usage claims
 * @param userAttributesApplied    pending {@code user_attributes.txt} blocks applied to users that now exist
 * @param inviteTokensUpdated      {@code invitetoken} rows whose usage count or claimant was brought up to their
 *                                 {@code invite_token_usage} rows
 * @param pending                  what still waits for another file (an inviter or a user with no row), one line each
 * @param conflicts                archive and database disagree and the database's value was kept
 */
public record LinkReport(int invitersLinked, int inviteTokensUsedFilled, int userAttributesApplied,
                         int inviteTokensUpdated, List<String> pending, List<String> conflicts) {

    public LinkReport {
        pending = List.copyOf(pending);
        conflicts = List.copyOf(conflicts);
    }

    /** Rows changed, all kinds together: 0 when nothing was left to link. */
    public int changedRows() {
        return invitersLinked + inviteTokensUsedFilled + userAttributesApplied + inviteTokensUpdated;
    }
}
