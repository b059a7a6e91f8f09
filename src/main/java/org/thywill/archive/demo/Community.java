package org.thywill.archive.demo;

import java.time.LocalDateTime;
import java.util.List;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.format.users.Registration;
import org.thywill.archive.store.repo.InviteTokenRow;
import org.thywill.archive.store.repo.InviteTokenUsageRow;
import org.thywill.archive.store.repo.RoleRow;
import org.thywill.archive.store.repo.SessionRow;
import org.thywill.archive.store.repo.UserRoleRow;
import org.thywill.archive.store.repo.UserRow;

/**
 * The people side of a simulated community, every list in chronological order: its members, their rows, and
 * the archive lines their registrations, invitations and sign-ins wrote.
 *
 * @param end           the moment of the community's last event (a sign-in)
 * @param tokens        with the time each token was created
 * @param registrations the {@code users/YYYY_MM_users.txt} lines
 * @param inviteUsage   the {@code system/YYYY_MM_invite_usage.txt} lines: token creations and claims
 * @param activity      the registrations' monthly activity entries
 */
record Community(Roster roster, LocalDateTime end, List<RoleRow> roles, List<UserRow> users,
                 List<UserRoleRow> userRoles, List<CreatedToken> tokens, List<InviteTokenUsageRow> tokenUsage,
                 List<SessionRow> sessions, List<Registration> registrations, List<InviteUsage> inviteUsage,
                 List<TimedActivity> activity) {

    /** An invite token row and the moment it was created (the table has no column for it). */
    record CreatedToken(LocalDateTime createdAt, InviteTokenRow row) {
    }
}
