package org.thywill.archive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.api.ApiService.A_ARCHIVED_PRAYER;
import static org.thywill.archive.api.ApiService.CALLERS;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint × every kind of caller, over real HTTP against the running service: the status, and for an error
 * the {@code detail}. Member A is Kevin Garcia (the user of the user endpoints, the author of the prayer), member B
 * is Mary.
 */
class AuthorizationMatrixTest {

    @TempDir
    static Path dir;
    static ApiService api;

    @BeforeAll
    static void start() throws Exception {
        api = ApiService.start(dir, Map.of("thywill.http.downloads.max-per-minute", "100"));
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    /** The expected answer: a status and, for an error, its detail. */
    record Expected(int status, String detail) {
        static Expected ok() {
            return new Expected(200, null);
        }
    }

    private static final Map<String, Expected> NOT_AUTHENTICATED = Map.of(
            "no cookie", new Expected(401, "no_session"),
            "unknown sid", new Expected(401, "invalid_session"),
            "expired", new Expected(401, "expired_session"),
            "not fully authenticated", new Expected(403, "Full authentication required"),
            "deactivated user", new Expected(401, "account_deactivated"));

    /** endpoint → caller → expected, for the four authenticated callers. */
    private static Map<String, Map<String, Expected>> authenticated() {
        Expected denied = new Expected(403, "Access denied");
        Expected adminOnly = new Expected(403, "Admin access required");
        Map<String, Map<String, Expected>> m = new LinkedHashMap<>();
        m.put("GET /api/archive/user/Kevin%20Garcia/download", Map.of("member A", Expected.ok(),
                "member B", denied, "admin by role", Expected.ok(), "user named admin without the role", denied));
        m.put("GET /api/archive/user/Kevin%20Garcia/metadata", Map.of("member A", Expected.ok(),
                "member B", denied, "admin by role", Expected.ok(), "user named admin without the role", denied));
        m.put("GET /api/archive/community/list", Map.of("member A", Expected.ok(), "member B", Expected.ok(),
                "admin by role", Expected.ok(), "user named admin without the role", Expected.ok()));
        m.put("GET /api/archive/community/download", Map.of("member A", adminOnly, "member B", adminOnly,
                "admin by role", Expected.ok(), "user named admin without the role", adminOnly));
        m.put("GET /api/archive/prayer/" + A_ARCHIVED_PRAYER + "/file", Map.of("member A", Expected.ok(),
                "member B", denied, "admin by role", Expected.ok(), "user named admin without the role", denied));
        m.put("DELETE /api/archive/downloads/cleanup", Map.of("member A", adminOnly, "member B", adminOnly,
                "admin by role", Expected.ok(), "user named admin without the role", adminOnly));
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyCallerAtEveryEndpoint() {
        List<DynamicTest> cells = new ArrayList<>();
        authenticated().forEach((endpoint, byCaller) -> CALLERS.forEach((caller, sid) -> {
            Expected expected = NOT_AUTHENTICATED.containsKey(caller) ? NOT_AUTHENTICATED.get(caller)
                    : byCaller.get(caller);
            cells.add(DynamicTest.dynamicTest(caller + " → " + endpoint, () -> {
                String[] methodAndPath = endpoint.split(" ", 2);
                HttpResponse<byte[]> r = api.send(methodAndPath[0], methodAndPath[1], sid);
                assertThat(r.statusCode()).as(caller + " " + endpoint + ": " + ApiService.text(r))
                        .isEqualTo(expected.status());
                if (expected.detail() != null) {
                    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
                    assertThat(ApiService.json(r).size()).isEqualTo(1);
                    assertThat(ApiService.detail(r)).isEqualTo(expected.detail());
                }
            }));
        }));
        assertThat(cells).hasSize(6 * 9);
        return cells.stream();
    }

    @Test
    void aSessionOfAUserWhoNoLongerExistsIsUserDeleted() throws Exception {
        HttpResponse<byte[]> r = api.get("/api/archive/community/list", "sid-ghost");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(ApiService.detail(r)).isEqualTo("user_deleted");
    }

    @Test
    void anExpiredAdminRoleGrantIsNoAdmin() throws Exception {
        api.service().database().runInTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE user_roles SET expires_at = '2020-01-01 00:00:00.000000' WHERE user_id = 'Pat'"));
        try {
            HttpResponse<byte[]> r = api.delete("/api/archive/downloads/cleanup", "sid-admin-by-role-pat");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(ApiService.detail(r)).isEqualTo("Admin access required");
        } finally {
            api.service().database().runInTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE user_roles SET expires_at = NULL WHERE user_id = 'Pat'"));
        }
    }

    @Test
    void theResponseEchoesNoRequestHeaderAndAClientCannotSteerTheBundleRoute() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(api.uri("/api/archive/user/Kevin%20Garcia/download"))
                .header("Cookie", "sid=sid-member-a-kevin")
                .header("thywillOutDir", dir.resolve("elsewhere").toString())
                .header("thywillDisplayName", "Mary")
                .header("X-Probe", "echo?").GET().build();
        HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ApiService.zipEntries(r.body()).keySet()).allMatch(n -> n.startsWith("Kevin Garcia_text_archive/"));
        assertThat(dir.resolve("elsewhere")).doesNotExist();
        assertThat(r.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("cookie")
                || h.equalsIgnoreCase("x-probe") || h.toLowerCase().startsWith("thywill"));
    }

    @Test
    void aMethodAnEndpointDoesNotServeIsRefused() throws Exception {
        assertThat(api.send("POST", "/api/archive/community/list", "sid-member-a-kevin").statusCode()).isEqualTo(405);
        assertThat(api.get("/api/archive/downloads/cleanup", "sid-admin-by-role-pat").statusCode()).isEqualTo(405);
    }
}
