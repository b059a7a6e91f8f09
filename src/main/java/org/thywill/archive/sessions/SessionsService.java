package org.thywill.archive.sessions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.SessionRow;

/**
 * {@code export-sessions} and {@code restore-sessions} (reference thywill-operations.md §5.1–§5.2), behind the routes
 * of the same names. Unlike the original: the export leaves expired sessions out unless asked, is written
 * owner-only and atomically; the restore skips expired sessions, checks the whole file before inserting anything,
 * inserts in one transaction, and counts exactly what it restored and why it skipped the rest.
 */
public final class SessionsService {

    private final Supplier<Database> databases;
    private final Clock clock;

    public SessionsService(Supplier<Database> databases, Clock clock) {
        this.databases = databases;
        this.clock = clock;
    }

    /** Writes the database's sessions (unexpired ones unless {@code includeExpired}) to {@code out}. */
    public ExportSessionsReport exportSessions(Path out, Boolean includeExpired) {
        if (out == null) {
            throw new IllegalArgumentException("export-sessions needs a file to write (header thywillOut)");
        }
        LocalDateTime now = nowUtc();
        List<SessionRow> all = databases.get().read(Repositories.SESSIONS::findAll);
        List<SessionsBackup.Entry> entries = new ArrayList<>();
        Set<String> usernames = new TreeSet<>();
        int expired = 0;
        for (SessionRow s : all.stream().sorted(Comparator.comparing(SessionRow::createdAt)).toList()) {
            if (!Boolean.TRUE.equals(includeExpired) && !s.expiresAt().isAfter(now)) {
                expired++;
                continue;
            }
            entries.add(new SessionsBackup.Entry(s.id(), s.username(), ArchiveTime.iso(s.createdAt()),
                    ArchiveTime.iso(s.expiresAt()), s.ipAddress(), s.deviceInfo(), s.authRequestId(),
                    s.isFullyAuthenticated()));
            usernames.add(s.username());
        }
        String exportedAt = ArchiveTime.iso(LocalDateTime.now(clock));
        try {
            SessionsBackupFile.write(out, new SessionsBackup(exportedAt, entries.size(), entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return new ExportSessionsReport(out, entries.size(), expired, List.copyOf(usernames));
    }

    /**
     * Inserts the file's sessions that are unexpired, belong to a user the database has, and whose id it does not
     * have yet. The whole file is checked first: one unusable entry refuses the file, and nothing is inserted.
     */
    public RestoreSessionsReport restoreSessions(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("restore-sessions needs a sessions file (header thywillFile)");
        }
        List<SessionRow> rows = rows(file, SessionsBackupFile.read(file));
        LocalDateTime now = nowUtc();
        int[] counts = new int[4]; // restored, expired, unknown user, existing
        databases.get().runInTransaction(c -> {
            Set<String> seen = new HashSet<>();
            for (SessionRow s : rows) {
                if (!s.expiresAt().isAfter(now)) {
                    counts[1]++;
                } else if (!Repositories.USERS.exists(c, s.username())) {
                    counts[2]++;
                } else if (!seen.add(s.id()) || exists(c, s.id())) {
                    counts[3]++;
                } else {
                    Repositories.SESSIONS.insert(c, s);
                    counts[0]++;
                }
            }
        });
        return new RestoreSessionsReport(file, rows.size(), counts[0], counts[1], counts[2], counts[3]);
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        return Repositories.SESSIONS.findById(c, id).isPresent();
    }

    private static List<SessionRow> rows(Path file, SessionsBackup backup) {
        List<SessionRow> rows = new ArrayList<>(backup.sessions().size());
        for (int i = 0; i < backup.sessions().size(); i++) {
            SessionsBackup.Entry e = backup.sessions().get(i);
            String where = file + ": sessions[" + i + "]";
            if (e == null) {
                throw new SessionsFileException(where + ": null instead of a session");
            }
            rows.add(new SessionRow(required(where, "session_id", e.sessionId()), required(where, "username",
                    e.username()), time(where, "created_at", e.createdAt()), time(where, "expires_at", e.expiresAt()),
                    e.authRequestId(), e.deviceInfo(), e.ipAddress(), Boolean.TRUE.equals(e.isFullyAuthenticated())));
        }
        return rows;
    }

    private static String required(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new SessionsFileException(where + ": " + field + " is missing");
        }
        return value;
    }

    private static LocalDateTime time(String where, String field, String value) {
        Optional<LocalDateTime> t = ArchiveTime.parseIsoLocal(required(where, field, value));
        return t.orElseThrow(() -> new SessionsFileException(where + ": " + field + " \"" + value
                + "\" is not an ISO date and time"));
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
