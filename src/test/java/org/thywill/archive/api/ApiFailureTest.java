package org.thywill.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a build fails, and what the service logs: never a session id. */
class ApiFailureTest {

    @TempDir
    Path dir;

    @Test
    void aBundleRouteThatFailsGivesTheOriginals500DetailAndEchoesNoHeader() throws Exception {
        try (ApiService api = ApiService.start(dir, Map.of())) {
            Files.writeString(api.archives.resolve("downloads"), "a file where the downloads folder should be");

            HttpResponse<byte[]> member = api.get("/api/archive/user/Kevin%20Garcia/download", "sid-member-a-kevin");
            assertThat(member.statusCode()).isEqualTo(500);
            assertThat(member.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(ApiService.text(member)).isEqualTo("{\"detail\":\"Archive creation failed\"}");
            assertThat(member.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("thywill"));

            HttpResponse<byte[]> community = api.get("/api/archive/community/download", "sid-admin-by-role-pat");
            assertThat(community.statusCode()).isEqualTo(500);
            assertThat(ApiService.detail(community)).isEqualTo("Community archive creation failed");

            // the failed builds released their permits
            DownloadLimiter limiter = api.service().context().getRegistry()
                    .lookupByNameAndType("apiDownloadLimiter", DownloadLimiter.class);
            // released once each response has been written, just after the client has it
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                    limiter.running(ApiService.MEMBER_A) == 0 && limiter.running(ApiService.ADMIN_BY_ROLE) == 0);
        }
    }

    @Test
    void camelReadLockMarkersInTheTreeAreNotBundled() throws Exception {
        try (ApiService api = ApiService.start(dir, Map.of())) {
            Files.writeString(api.archives.resolve("activity/activity_2024_01.txt.camelLock"), "");
            HttpResponse<byte[]> r = api.get("/api/archive/community/download", "sid-admin-by-role-pat");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(ApiService.zipEntries(r.body()).keySet()).noneMatch(n -> n.endsWith(".camelLock"))
                    .contains("complete_site_archive/activity/activity_2024_01.txt");
        }
    }

    @Test
    void noSessionIdIsEverLogged() throws Exception {
        StringBuffer log = new StringBuffer();
        org.apache.logging.log4j.core.LoggerContext context =
                (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        org.apache.logging.log4j.core.appender.AbstractAppender capture =
                new org.apache.logging.log4j.core.appender.AbstractAppender("api-test-capture", null, null, true,
                        org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                    @Override
                    public void append(org.apache.logging.log4j.core.LogEvent event) {
                        log.append(event.getMessage().getFormattedMessage()).append('\n');
                        if (event.getThrown() != null) {
                            java.io.StringWriter trace = new java.io.StringWriter();
                            event.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                            log.append(trace).append('\n');
                        }
                    }
                };
        capture.start();
        context.getConfiguration().getRootLogger().addAppender(capture, org.apache.logging.log4j.Level.ALL, null);
        context.updateLoggers();
        try (ApiService api = ApiService.start(dir, Map.of())) {
            for (String sid : ApiService.CALLERS.values()) {
                api.get("/api/archive/user/Kevin%20Garcia/download", sid);
                api.get("/api/archive/prayer/no-such-prayer/file", sid);
                api.delete("/api/archive/downloads/cleanup", sid);
            }
            Path downloads = api.archives.resolve("downloads");
            if (Files.isDirectory(downloads)) {
                Files.delete(downloads);
            }
            Files.writeString(downloads, "not a folder");
            api.get("/api/archive/community/download", "sid-admin-by-role-pat");
        } finally {
            context.getConfiguration().getRootLogger().removeAppender("api-test-capture");
            context.updateLoggers();
            capture.stop();
        }
        assertThat(log).contains("Community archive creation failed");
        assertThat(log.toString()).doesNotContain("sid-");
    }
}
