package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.INVITE_TOKEN_USAGE;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.store.Ids;
import org.thywill.archive.store.repo.BatchInsert;
import org.thywill.archive.store.repo.InviteTokenUsageRow;

/**
 * {@code system/YYYY_MM_invite_usage.txt} into {@code invite_token_usage} and {@code invitetoken}. A claim line
 * (a used_by user) is an {@code invite_token_usage} row, by multiset of (token, user, minute); a missing one is
 * inserted at the line's exact time (the line has microseconds; the live row is a few microseconds earlier, so
 * rows match at the minute), {@code ip_address} NULL (not archived). A creation line (empty used_by, written by
 * POST /invites) only creates the token when missing. Tokens follow {@link InviteTokens}. The user's
 * {@code invite_token_used} is filled by the user link ({@link UserLinker}).
 */
final class InviteUsageReconciler {

    private record Claim(String user, LocalDateTime minute) {
    }

    void reconcile(Connection c, String relativePath, PipeTable<InviteUsage> file, Tally t) throws SQLException {
        Map<String, List<InviteUsage>> byToken = new LinkedHashMap<>();
        for (InviteUsage u : file.records()) {
            byToken.computeIfAbsent(u.token(), k -> new ArrayList<>()).add(u);
        }
        try (BatchInsert<InviteTokenUsageRow> batch = INVITE_TOKEN_USAGE.batch(c)) {
            for (Map.Entry<String, List<InviteUsage>> e : byToken.entrySet()) {
                Multiset<Claim> have = new Multiset<>();
                for (InviteTokenUsageRow r : INVITE_TOKEN_USAGE.findByToken(c, e.getKey())) {
                    have.add(new Claim(r.userId(), Precision.minute(r.claimedAt())));
                }
                for (InviteUsage u : e.getValue()) {
                    if (!u.isCreation() && !have.take(new Claim(u.usedBy(), Precision.minute(u.timestamp())))) {
                        batch.add(new InviteTokenUsageRow(Ids.rowId(), u.token(), u.usedBy(), u.timestamp(), null));
                    }
                }
            }
            t.inserted("invite_token_usage", batch.count());
        }
        for (Map.Entry<String, List<InviteUsage>> e : byToken.entrySet()) {
            InviteUsage creation = e.getValue().stream().filter(InviteUsage::isCreation).findFirst().orElse(null);
            InviteUsage first = creation != null ? creation : e.getValue().get(0);
            InviteTokens.reconcile(c, e.getKey(), first.createdBy(), first.timestamp(), creation != null,
                    relativePath, t);
        }
    }
}
