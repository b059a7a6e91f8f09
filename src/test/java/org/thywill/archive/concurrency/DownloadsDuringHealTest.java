package org.thywill.archive.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.SessionRow;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

/**
 * Community downloads through the HTTP API while {@code heal-archives} recreates the prayer files: every ZIP is
 * whole (it reads to the end), and every archive file in it is byte for byte the file the heal leaves (a file is in
 * a bundle whole or not at all; no temp file of the heal is bundled).
 */
class DownloadsDuringHealTest {

    private static final String SID = "sid-concurrency-admin-lisa";

    @TempDir
    Path dir;

    @Test
    void everyCommunityZipDownloadedDuringAHealIsWhole() throws Exception {
        Path archives = Samples.copyArchives("community", dir.resolve("text_archives"));
        Samples.copyDatabase("community", dir.resolve("thywill.db"));
        try (Stream<Path> s = Files.walk(archives.resolve("prayers"))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Map<String, String> settings = Map.of("thywill.watch.delay-ms", "3600000",
                // one admin downloads again and again: the per-user rate limit would answer 429 on a fast machine
                "thywill.http.downloads.max-per-minute", "100000");
        try (RunningService service = RunningService.start(dir, settings)) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            service.database().runInTransaction(c -> Repositories.SESSIONS.insert(c,
                    new SessionRow(SID, "Lisa Jackson", now, now.plusDays(1), null, "test", "127.0.0.1", true)));
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + service.httpPort() + "/api/archive/community/download");
            AtomicBoolean healing = new AtomicBoolean(true);
            AtomicInteger started = new AtomicInteger();
            CompletableFuture<List<byte[]>> downloads = CompletableFuture.supplyAsync(() -> {
                List<byte[]> zips = new ArrayList<>();
                try {
                    while (healing.get() || zips.isEmpty()) {
                        started.incrementAndGet();
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                                .header("Cookie", "sid=" + SID).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
                        zips.add(r.body());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return zips;
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> started.get() > 0);
            try {
                service.context().createProducerTemplate().requestBodyAndHeader("direct:heal-archives", null,
                        "thywillDryRun", false);
            } finally {
                healing.set(false);
            }
            List<byte[]> zips = downloads.get();
            System.out.println("DownloadsDuringHealTest: " + zips.size() + " community ZIPs downloaded during the heal");

            assertThat(Files.exists(archives.resolve("prayers"))).isTrue();
            for (byte[] zip : zips) {
                for (Map.Entry<String, byte[]> e : entries(zip).entrySet()) {
                    int at = e.getKey().indexOf("text_archives/");
                    if (at < 0) {
                        continue;
                    }
                    Path file = archives.resolve(e.getKey().substring(at + "text_archives/".length()));
                    assertThat(file).as("%s is a file of the tree", e.getKey()).isRegularFile();
                    assertThat(e.getValue()).as("%s is whole", e.getKey()).isEqualTo(Files.readAllBytes(file));
                }
            }
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }
}
