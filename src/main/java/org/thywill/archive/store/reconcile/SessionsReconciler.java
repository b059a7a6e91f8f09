package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.SESSIONS;
import static org.thywill.archive.store.repo.Repositories.USERS;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.sessions.SessionRecord;
import org.thywill.archive.store.repo.SessionRow;

/**
 * {@code sessions/YYYY_MM_sessions.txt} (live or export layout) into {@code session}, by session id: a missing
 * session is inserted (created/expires at the archive's minute, {@code auth_request_id} NULL: not archived); an
 * existing one is never changed (a different owner is reported). A session of a user with no row is still
 * inserted and noted; no user is created. Session ids are bearer secrets: messages never show them.
 */
final class SessionsReconciler {

    void reconcile(Connection c, String relativePath, PipeTable<SessionRecord> file, Tally t) throws SQLException {
        Set<String> seen = new HashSet<>();
        Set<String> unknownUsers = new TreeSet<>();
        int inserted = 0;
        for (SessionRecord s : file.records()) {
            if (!seen.add(s.sessionId())) {
                continue;
            }
            Optional<SessionRow> existing = SESSIONS.findById(c, s.sessionId());
            if (existing.isPresent()) {
                if (!existing.get().username().equals(s.username())) {
                    t.conflict(relativePath + ": the session created " + ArchiveTime.ts(s.createdAt()) + " belongs to '"
                            + existing.get().username() + "' in the database, '" + s.username()
                            + "' in the archive; kept");
                }
                continue;
            }
            if (!USERS.exists(c, s.username())) {
                unknownUsers.add(s.username());
            }
            SESSIONS.insert(c, new SessionRow(s.sessionId(), s.username(), s.createdAt(), s.expiresAt(), null,
                    s.deviceInfo(), s.ipAddress(), s.fullyAuthenticated()));
            inserted++;
        }
        t.inserted("session", inserted);
        if (!unknownUsers.isEmpty()) {
            t.note(relativePath + ": sessions of users with no user row " + unknownUsers
                    + " were imported; no user is created");
        }
    }
}
