package org.thywill.archive.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.thywill.archive.testing.RunningService;

/**
 * What the crash scenarios share: a work folder under {@code target/crash-work/}, a generated community
 * ({@code generate-demo}, once per test JVM), a properties file that makes the service poll fast and leaves its
 * schedules off, and folder copies.
 */
final class CrashFixtures {

    static final Path WORK = Path.of("target", "crash-work").toAbsolutePath();
    private static Path demo;

    private CrashFixtures() {
    }

    /** The generated community: {@code thywill.db} and {@code text_archives/} (do not change them; copy). */
    static synchronized Path demo() throws IOException, InterruptedException {
        if (demo == null) {
            Path dir = WORK.resolve("demo-" + CrashSettings.PRAYERS);
            if (!Files.isRegularFile(dir.resolve("complete"))) {
                deleteTree(dir);
                Files.createDirectories(dir);
                int users = Math.max(10, CrashSettings.PRAYERS / 20);
                ThyWillProcess.runToEnd(dir, dir.resolve("generate.log"), List.of("generate-demo", "--users",
                        Integer.toString(users), "--prayers", Integer.toString(CrashSettings.PRAYERS), "--seed", "11",
                        "--out", dir.toString()), 0, Duration.ofMinutes(15));
                Files.writeString(dir.resolve("complete"), "generate-demo finished\n");
            }
            demo = dir;
        }
        return demo;
    }

    /** A new empty folder for one trial (or reference run). */
    static Path newRunDir(String name) throws IOException {
        Path dir = WORK.resolve("runs").resolve(name + "-" + System.nanoTime());
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * Service settings for the harness: fast polling, free ports, no scheduled backups, export or remote copies.
     */
    static Path serviceConfig(Path dir) throws IOException {
        Path f = dir.resolve("crash.properties");
        Files.writeString(f, String.join("\n",
                "thywill.watch.delay-ms = 200",
                "thywill.watch.min-age-ms = 300",
                "thywill.watch.read-lock-check-interval-ms = 250",
                "thywill.http.port = 0",
                "thywill.management.port = " + RunningService.freePort(),
                "thywill.backups.hourly-enabled = false",
                "thywill.backups.daily-enabled = false",
                "thywill.backups.weekly-enabled = false",
                "thywill.export.cron = " + RunningService.NEVER_IN_A_TEST,
                "thywill.bundles.cleanup-cron = " + RunningService.NEVER_IN_A_TEST,
                "thywill.backups.cleanup-cron = " + RunningService.NEVER_IN_A_TEST,
                "thywill.backups.remote-uri = ",
                ""));
        return f;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
