package org.thywill.archive.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.thywill.archive.bundle.StoredPaths;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SqlTime;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.UserRow;

/**
 * {@code GET /api/archive/user/{user_id}/metadata}: the member's archive metadata in the original's layout
 * (reference operations §6.5), with two fixes:
 * <ul>
 *   <li>every {@code text_file_path} is relative to the archive root ({@code prayers/2024/06/…txt}), never a server
 *       path; a stored path that leads outside the root is given as {@code null} (and its {@code archive_exists}
 *       is {@code false});</li>
 *   <li>{@code total_archive_files} is computed: the number of distinct files among the user's registration file,
 *       their prayers' files and their marks' files that exist inside the root ({@link StoredPaths}).</li>
 * </ul>
 * {@code archive_exists} is {@code null} when no path is stored (as the original's), else whether the file is
 * there. Prayers are in creation order, marks in creation order; times are Python {@code isoformat()} text;
 * {@code date_range} spans both.
 */
public final class UserMetadata {

    private final Path archiveRoot;
    private final Supplier<Database> database;

    public UserMetadata(Path archiveRoot, Supplier<Database> database) {
        this.archiveRoot = archiveRoot.toAbsolutePath().normalize();
        this.database = Objects.requireNonNull(database, "database");
    }

    public void respond(Exchange exchange) {
        Caller caller = SessionAuthenticator.caller(exchange);
        String userId = SessionAuthenticator.request(exchange).segment(3);
        ArchiveAccess.requireSelfOrAdmin(caller, userId);
        JsonResponse.write(exchange, 200, database.get().read(c -> document(c, userId)));
    }

    Map<String, Object> document(Connection c, String userId) throws SQLException {
        UserRow user = Repositories.USERS.findByDisplayName(c, userId)
                .orElseThrow(() -> ApiException.notFound("User not found"));
        Set<Path> files = new HashSet<>();
        List<LocalDateTime> times = new ArrayList<>();

        Map<String, Object> userJson = new LinkedHashMap<>();
        userJson.put("id", user.displayName());
        userJson.put("display_name", user.displayName());
        userJson.put("registration_date", iso(user.createdAt()));
        userJson.put("text_file_path", relative(user.textFilePath()));
        exists(user.textFilePath(), files);

        List<Map<String, Object>> prayers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, created_at, project_tag, text_file_path FROM prayer"
                + " WHERE author_username = ? ORDER BY created_at, id")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime at = SqlTime.parseNullable(rs.getString(2));
                    String stored = rs.getString(4);
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", rs.getString(1));
                    p.put("created_at", iso(at));
                    p.put("project_tag", rs.getString(3));
                    p.put("text_file_path", relative(stored));
                    p.put("archive_exists", exists(stored, files));
                    prayers.add(p);
                    if (at != null) {
                        times.add(at);
                    }
                }
            }
        }

        List<Map<String, Object>> activities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT prayer_id, created_at, text_file_path FROM prayermark"
                + " WHERE username = ? ORDER BY created_at, rowid")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime at = SqlTime.parseNullable(rs.getString(2));
                    String stored = rs.getString(3);
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("prayer_id", rs.getString(1));
                    a.put("created_at", iso(at));
                    a.put("text_file_path", relative(stored));
                    a.put("archive_exists", exists(stored, files));
                    activities.add(a);
                    if (at != null) {
                        times.add(at);
                    }
                }
            }
        }

        Map<String, Object> range = new LinkedHashMap<>();
        range.put("earliest", times.stream().min(LocalDateTime::compareTo).map(UserMetadata::iso).orElse(null));
        range.put("latest", times.stream().max(LocalDateTime::compareTo).map(UserMetadata::iso).orElse(null));
        Map<String, Object> statistics = new LinkedHashMap<>();
        statistics.put("total_prayers", prayers.size());
        statistics.put("total_activities", activities.size());
        statistics.put("date_range", range);
        statistics.put("total_archive_files", files.size());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("user", userJson);
        document.put("prayers", prayers);
        document.put("activities", activities);
        document.put("archive_statistics", statistics);
        return document;
    }

    private String relative(String stored) {
        return StoredPaths.relative(archiveRoot, stored).orElse(null);
    }

    /** null without a stored path; else whether the file is inside the root (and then it is counted). */
    private Boolean exists(String stored, Set<Path> files) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        try {
            Optional<Path> file = Optional.ofNullable(StoredPaths.resolve(archiveRoot, stored).file());
            file.ifPresent(files::add);
            return file.isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String iso(LocalDateTime t) {
        return t == null ? null : ArchiveTime.iso(t);
    }
}
