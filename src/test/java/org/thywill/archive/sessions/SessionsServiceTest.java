package org.thywill.archive.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;
import org.thywill.archive.testing.Samples;

/** export-sessions and restore-sessions on a copy of the community sample (28 sessions, 25 expiring after 2024-01-10). */
class SessionsServiceTest {

    /** 3 of the sample's sessions expired by then, 25 not. */
    private static final Clock JAN_10_2024 = Clock.fixed(Instant.parse("2024-01-10T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path dbFile;
    private Database db;
    private SessionsService sessions;

    @BeforeEach
    void copySample() throws Exception {
        dbFile = dir.resolve("thywill.db");
        Files.copy(Samples.database("community"), dbFile);
        db = Database.open(dbFile);
        sessions = new SessionsService(() -> db, JAN_10_2024);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theExportHasTheOriginalsLayoutUnexpiredSessionsOnlyAndIsOwnerOnly() throws Exception {
        Path out = dir.resolve("sessions_backup.json");
        ExportSessionsReport r = sessions.exportSessions(out, false);
        assertThat(r.exported()).isEqualTo(25);
        assertThat(r.expiredLeftOut()).isEqualTo(3);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.fieldNames()).toIterable().containsExactly("exported_at", "total_sessions", "sessions");
        assertThat(json.get("exported_at").asText()).isEqualTo("2024-01-10T00:00:00");
        assertThat(json.get("total_sessions").asInt()).isEqualTo(25);
        JsonNode first = json.get("sessions").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("session_id", "username", "created_at",
                "expires_at", "ip_address", "device_info", "auth_request_id", "is_fully_authenticated");
        String id = first.get("session_id").asText();
        assertThat(first.get("created_at").asText()).isEqualTo(query("SELECT replace(created_at, ' ', 'T') FROM session"
                + " WHERE id = '" + id + "'"));
        assertThat(first.get("username").asText()).isEqualTo(query("SELECT username FROM session WHERE id = '" + id
                + "'"));
        assertThat(first.get("is_fully_authenticated").isBoolean()).isTrue();
        assertThat(first.get("auth_request_id").isNull()).isTrue();
        assertThat(r.toString()).doesNotContain(id);
    }

    @Test
    void includeExpiredExportsEverySessionAndAReplacedFileBecomesOwnerOnly() throws Exception {
        Path out = dir.resolve("sessions_backup.json");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        ExportSessionsReport r = sessions.exportSessions(out, true);
        assertThat(r.exported()).isEqualTo(28);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void exportThenRestoreGivesEverySessionBackAndASecondRestoreAddsNothing() throws Exception {
        List<String> before = rows();
        Path out = dir.resolve("all.json");
        sessions.exportSessions(out, true);
        execute("DELETE FROM session");
        SessionsService atExport = new SessionsService(() -> db, Clock.fixed(Instant.parse("2023-12-01T00:00:00Z"),
                ZoneOffset.UTC));
        RestoreSessionsReport r = atExport.restoreSessions(out);
        assertThat(r).isEqualTo(new RestoreSessionsReport(out, 28, 28, 0, 0, 0));
        assertThat(rows()).isEqualTo(before);
        assertThat(atExport.restoreSessions(out)).isEqualTo(new RestoreSessionsReport(out, 28, 0, 0, 0, 28));
    }

    @Test
    void theRestoreSkipsExpiredSessionsUnknownMembersAndIdsItHasWithExactCounts() throws Exception {
        Path out = dir.resolve("all.json");
        sessions.exportSessions(out, true);
        String oneUnexpired = query("SELECT id FROM session WHERE expires_at > '2024-01-10' ORDER BY id LIMIT 1");
        String ownerOfAnother = query("SELECT username FROM session WHERE expires_at > '2024-01-10' AND id != '"
                + oneUnexpired + "' ORDER BY id LIMIT 1");
        execute("DELETE FROM session WHERE id != '" + oneUnexpired + "'");
        execute("DELETE FROM user WHERE display_name = '" + ownerOfAnother.replace("'", "''") + "'");
        long ofThatMember = 0;
        for (JsonNode s : new ObjectMapper().readTree(out.toFile()).get("sessions")) {
            if (s.get("username").asText().equals(ownerOfAnother) && s.get("expires_at").asText().compareTo("2024-01-10") > 0) {
                ofThatMember++;
            }
        }
        RestoreSessionsReport r = sessions.restoreSessions(out);
        assertThat(r.inFile()).isEqualTo(28);
        assertThat(r.skippedExpired()).isEqualTo(3);
        assertThat(r.skippedExisting()).isEqualTo(1);
        assertThat(r.skippedUnknownUser()).isEqualTo(ofThatMember).isPositive();
        assertThat(r.restored()).isEqualTo(28 - 3 - 1 - ofThatMember);
        assertThat(Long.parseLong(query("SELECT count(*) FROM session"))).isEqualTo(1 + r.restored());
    }

    @Test
    void aFileThatIsNotJsonIsRefusedNamingTheLineAndNothingIsInserted() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"exported_at\": \"x\",\n \"sessions\": [ {\"session_id\": \"a\" ,, ] }");
        assertRefusedAndNothingInserted(bad, bad + ": line 2, column ");
    }

    @Test
    void aJsonFileWithoutASessionsListIsRefused() throws Exception {
        Path bad = dir.resolve("other.json");
        Files.writeString(bad, "{\"prayers\": []}");
        assertRefusedAndNothingInserted(bad, bad + ": not a sessions backup (no \"sessions\" list)");
    }

    @Test
    void anEntryWithoutExpiryRefusesTheWholeFile() throws Exception {
        Path bad = dir.resolve("missing.json");
        Files.writeString(bad, "{\"sessions\": [" + entry("s1", "2030-01-01T00:00:00") + ", {\"session_id\": \"s2\","
                + " \"username\": \"admin\", \"created_at\": \"2024-01-01T00:00:00\"}]}");
        assertRefusedAndNothingInserted(bad, bad + ": sessions[1]: expires_at is missing");
    }

    @Test
    void anEntryWithAnUnreadableTimeRefusesTheWholeFile() throws Exception {
        Path bad = dir.resolve("time.json");
        Files.writeString(bad, "{\"sessions\": [" + entry("s1", "next tuesday") + "]}");
        assertRefusedAndNothingInserted(bad, bad + ": sessions[0]: expires_at \"next tuesday\" is not an ISO date"
                + " and time");
    }

    @Test
    void aMissingFileIsRefused() {
        Path none = dir.resolve("none.json");
        assertThatThrownBy(() -> sessions.restoreSessions(none)).isInstanceOf(SessionsFileException.class)
                .hasMessage(none + ": no such file");
    }

    private static String entry(String id, String expires) {
        return "{\"session_id\": \"" + id + "\", \"username\": \"admin\", \"created_at\": \"2024-01-01T00:00:00\","
                + " \"expires_at\": \"" + expires + "\", \"is_fully_authenticated\": true}";
    }

    private void assertRefusedAndNothingInserted(Path file, String message) throws Exception {
        execute("DELETE FROM session");
        assertThatThrownBy(() -> sessions.restoreSessions(file)).isInstanceOf(SessionsFileException.class)
                .hasMessageStartingWith(message);
        assertThat(query("SELECT count(*) FROM session")).isEqualTo("0");
    }

    private List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM session ORDER BY id")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private String query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws Exception {
        db.runInTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
    }
}
