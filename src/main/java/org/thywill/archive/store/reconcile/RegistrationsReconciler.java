package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.USERS;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.users.Registration;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.store.repo.UserRow;

/**
 * {@code users/YYYY_MM_users.txt} into the database. Users by display name: a line creates the user when missing
 * ({@code created_at} = the line's minute, {@code text_file_path} = this file), never a second one. The original
 * writes a line again for a user who already exists and heal appends back-dated copies (B17), so the EARLIEST line
 * wins, whatever the order the files arrive in: minute first, then path; within a file, the first line. A row the
 * reconciler created moves to an earlier line when one turns up; a live row is never moved (only a NULL
 * {@code text_file_path} is filled). Inviter and invite token are then linked ({@link UserLinker}).
 */
final class RegistrationsReconciler {

    void reconcile(Connection c, String relativePath, RegistrationsFile file, Tally t) throws SQLException {
        String path = Reconciler.storedPath(relativePath);
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Registration r : file.registrations()) {
            if (!seen.add(r.name())) {
                t.note(relativePath + ": '" + r.name() + "' has another registration line at "
                        + ArchiveTime.ts(r.at()) + " (B17: the original writes lines for existing users); the"
                        + " first line in the file is kept");
                continue;
            }
            names.add(r.name());
            register(c, relativePath, path, r, t);
        }
        // this file's users, and those who were waiting for one of them as their inviter
        Set<String> toLink = new java.util.LinkedHashSet<>(names);
        for (String n : names) {
            toLink.addAll(Sql.query(c, "SELECT display_name FROM reconcile_registration WHERE inviter = ?",
                    rs -> rs.getString(1), n));
        }
        UserLinker.Result linked = UserLinker.link(c, toLink);
        t.updated("user", linked.invitersLinked() + linked.tokensFilled());
        linked.pending().forEach(p -> t.note(relativePath + ": " + p + " (linked when that file is imported)"));
        linked.conflicts().forEach(t::conflict);
    }

    private static void register(Connection c, String relativePath, String path, Registration r, Tally t)
            throws SQLException {
        LocalDateTime minute = Precision.minute(r.at());
        Optional<UserRow> user = USERS.findByDisplayName(c, r.name());
        Optional<RegistrationLedger.Entry> seen = RegistrationLedger.find(c, r.name());
        boolean earliest = seen.isEmpty() || seen.get().isAfter(minute, path);
        if (user.isEmpty()) {
            USERS.insert(c, UserRow.registered(r.name(), minute, null, null, path));
            t.inserted("user", 1);
            RegistrationLedger.put(c, new RegistrationLedger.Entry(r.name(), minute, r.inviter(), path, true, null));
            return;
        }
        if (seen.isPresent() && seen.get().userCreated() && earliest) {
            Sql.update(c, "UPDATE \"user\" SET created_at = ?, text_file_path = ? WHERE display_name = ?", minute,
                    path, r.name());
            t.updated("user", 1);
            t.note(relativePath + ": an earlier registration line for '" + r.name() + "' moves its created_at from "
                    + ArchiveTime.ts(seen.get().registeredAt()) + " (" + seen.get().sourcePath() + ") to "
                    + ArchiveTime.ts(minute));
            RegistrationLedger.put(c, new RegistrationLedger.Entry(r.name(), minute, r.inviter(), path, true,
                    seen.get().appliedInviter()));
            return;
        }
        if (user.get().textFilePath() == null) {
            Sql.update(c, "UPDATE \"user\" SET text_file_path = ? WHERE display_name = ? AND text_file_path IS NULL",
                    path, r.name());
            t.updated("user", 1);
        }
        if (seen.isEmpty()) {
            RegistrationLedger.put(c, new RegistrationLedger.Entry(r.name(), minute, r.inviter(), path, false, null));
        } else if (earliest) {
            RegistrationLedger.put(c, new RegistrationLedger.Entry(r.name(), minute, r.inviter(), path,
                    seen.get().userCreated(), seen.get().appliedInviter()));
        } else if (!seen.get().isLine(minute, path)) {
            t.note(relativePath + ": '" + r.name() + "' registered again at " + ArchiveTime.ts(minute)
                    + " (B17); the earliest line, " + ArchiveTime.ts(seen.get().registeredAt()) + " in "
                    + seen.get().sourcePath() + ", is kept");
        }
    }
}
