package org.thywill.archive.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.RoleRow;
import org.thywill.archive.store.repo.SessionRow;
import org.thywill.archive.store.repo.UserRoleRow;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running service on a copy of the {@code tiny} sample, with the callers of the authorization matrix built in
 * its database, and a real HTTP client. The sample's users: {@code admin} (prayers, holds the admin role in the
 * sample: the grant is removed here), {@code Mary}, {@code Sharon-Deborah Olsen} (deactivated here), {@code Pat}
 * (holds the admin role), {@code 李明}, {@code Kevin Garcia} (one prayer, archived).
 */
final class ApiService implements AutoCloseable {

    static final String MEMBER_A = "Kevin Garcia";
    static final String MEMBER_B = "Mary";
    static final String ADMIN_BY_ROLE = "Pat";
    static final String NAMED_ADMIN = "admin";
    static final String DEACTIVATED = "Sharon-Deborah Olsen";
    /** Kevin Garcia's prayer, archived in the sample. */
    static final String A_ARCHIVED_PRAYER = "8468d3806fe044f092f5f234c0abf60d";
    /** Mary's prayer, neither archived nor flagged. */
    static final String B_VISIBLE_PRAYER = "900f2f23d5af4c038188d3e892672cfe";

    /** The callers of the matrix: name → sid (null: no cookie). */
    static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("no cookie", null);
        CALLERS.put("unknown sid", "sid-unknown-0000");
        CALLERS.put("expired", "sid-expired-kevin");
        CALLERS.put("not fully authenticated", "sid-half-kevin");
        CALLERS.put("deactivated user", "sid-deactivated-sharon");
        CALLERS.put("member A", "sid-member-a-kevin");
        CALLERS.put("member B", "sid-member-b-mary");
        CALLERS.put("admin by role", "sid-admin-by-role-pat");
        CALLERS.put("user named admin without the role", "sid-named-admin");
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final RunningService service;
    final Path dir;
    final Path archives;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ApiService(Path dir, RunningService service) {
        this.dir = dir;
        this.archives = dir.resolve("text_archives");
        this.service = service;
    }

    static ApiService start(Path dir, Map<String, String> settings) throws IOException {
        Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        Map<String, String> all = new HashMap<>();
        // nothing watched runs behind the test's back (nor anything scheduled: RunningService)
        all.put("thywill.watch.delay-ms", "3600000");
        all.putAll(settings);
        ApiService api = new ApiService(dir, RunningService.start(dir, all));
        api.buildCallers();
        return api;
    }

    RunningService service() {
        return service;
    }

    private void buildCallers() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime later = now.plusDays(14);
        service.database().runInTransaction(c -> {
            c.createStatement().executeUpdate("DELETE FROM user_roles WHERE user_id = 'admin'");
            RoleRow deactivated = new RoleRow("0123456789abcdef0123456789abcdef", "deactivated",
                    "Deactivated account", "[]", now.minusDays(30), null, true);
            Repositories.ROLES.insert(c, deactivated);
            Repositories.USER_ROLES.insert(c, new UserRoleRow("fedcba9876543210fedcba9876543210", DEACTIVATED,
                    deactivated.id(), "Pat", now.minusDays(1), null));
            insertSession(c, "sid-expired-kevin", MEMBER_A, now.minusDays(14), now.minusMinutes(1), true);
            insertSession(c, "sid-half-kevin", MEMBER_A, now, later, false);
            insertSession(c, "sid-deactivated-sharon", DEACTIVATED, now, later, true);
            insertSession(c, "sid-member-a-kevin", MEMBER_A, now, later, true);
            insertSession(c, "sid-member-b-mary", MEMBER_B, now, later, true);
            insertSession(c, "sid-admin-by-role-pat", ADMIN_BY_ROLE, now, later, true);
            insertSession(c, "sid-named-admin", NAMED_ADMIN, now, later, true);
            insertSession(c, "sid-ghost", "Ghost Who Was Deleted", now, later, true);
            insertSession(c, "sid-li-ming", "李明", now, later, true);
        });
    }

    static void insertSession(java.sql.Connection c, String sid, String user, LocalDateTime created,
                              LocalDateTime expires, boolean full) throws java.sql.SQLException {
        Repositories.SESSIONS.insert(c, new SessionRow(sid, user, created, expires, null, "test", "127.0.0.1", full));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.httpPort() + path);
    }

    HttpResponse<byte[]> get(String path, String sid) throws IOException, InterruptedException {
        return send("GET", path, sid);
    }

    HttpResponse<byte[]> delete(String path, String sid) throws IOException, InterruptedException {
        return send("DELETE", path, sid);
    }

    HttpResponse<byte[]> send(String method, String path, String sid) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (sid != null) {
            b.header("Cookie", "theme=dark; sid=" + sid + "; lang=en");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static String detail(HttpResponse<byte[]> r) {
        try {
            return json(r).path("detail").asText(null);
        } catch (IOException e) {
            return "(not JSON: " + text(r) + ")";
        }
    }

    /** A ZIP response read back: entry names in order, and their bytes. */
    static Map<String, byte[]> zipEntries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = new ByteArrayInputStream(zip); ZipInputStream z = new ZipInputStream(in,
                StandardCharsets.UTF_8)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }

    List<Path> downloads() throws IOException {
        Path d = archives.resolve("downloads");
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (var s = Files.list(d)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    @Override
    public void close() throws Exception {
        service.close();
    }
}
