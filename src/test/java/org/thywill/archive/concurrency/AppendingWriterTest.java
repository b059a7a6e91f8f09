package org.thywill.archive.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.RunningService;

/**
 * The original app appending activity lines to prayer files (open, append one line, close) while the archive
 * watcher of a running service reads them. Three writers, one per prayer file, append lines at random pauses,
 * some long enough for the watcher to take the file as it is, and half of the lines in two writes with the
 * pause between the halves (so the watcher sees files ending in half a line). At the end the database holds every line exactly once (a mark per
 * line, at its minute) and no file was rejected: a half line is never imported.
 */
class AppendingWriterTest {

    private static final int FILES = 3;
    private static final int LINES = 12;

    @TempDir
    Path dir;

    @Test
    void everyAppendedLineIsImportedExactlyOnce() throws Exception {
        long seed = System.nanoTime();
        System.out.println("AppendingWriterTest seed " + seed);
        try (RunningService service = RunningService.start(dir)) {
            Path prayers = dir.resolve("text_archives/prayers/2024/03");
            Files.createDirectories(prayers);
            ExecutorService writers = Executors.newFixedThreadPool(FILES);
            List<Future<?>> done = new ArrayList<>();
            for (int f = 0; f < FILES; f++) {
                Random random = new Random(seed + f);
                int file = f;
                done.add(writers.submit(() -> {
                    write(prayers, file, random);
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
            writers.shutdown();

            await().atMost(Duration.ofSeconds(60)).until(() -> service.count("prayermark") >= FILES * LINES
                    && service.count("prayer") == FILES);
            // a late, duplicate pass over a file would add marks: give the watcher time to make that mistake
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> service.count("prayermark") == FILES * LINES);
            assertThat(service.count("archive_file_ledger where status = 'rejected'")).as("seed " + seed).isZero();
            ObjectName route = new ObjectName("org.apache.camel:context=thywill,type=routes,name=\"import-archive-file\"");
            System.out.println("AppendingWriterTest: " + FILES * LINES + " lines imported in "
                    + ManagementFactory.getPlatformMBeanServer().getAttribute(route, "ExchangesCompleted") + " file reads");
            for (int f = 0; f < FILES; f++) {
                for (int i = 0; i < LINES; i++) {
                    assertThat(service.count("prayermark where prayer_id = '" + id(f) + "' and username = 'Joy at Dawn'"
                            + " and strftime('%H:%M', created_at) = '" + String.format("11:%02d", i) + "'"))
                            .as("seed %d: the mark of file %d line %d", seed, f, i).isEqualTo(1);
                }
            }
        }
    }

    private static String id(int file) {
        return String.format("%032x", 0xabc0 + file);
    }

    /** The original's way: open, append, close, for the header and then for every activity line. */
    private static void write(Path prayers, int file, Random random) throws Exception {
        Path path = prayers.resolve(String.format("2024_03_05_prayer_at_10%02d.txt", file));
        append(path, "Prayer " + id(file) + " by Pat\nSubmitted March 05 2024 at 10:0" + file
                + "\n\nPlease pray for the harvest.\n\nActivity:\n");
        for (int i = 0; i < LINES; i++) {
            String line = String.format("March 05 2024 at 11:%02d - Joy at Dawn prayed this prayer\n", i);
            boolean longPause = random.nextInt(3) == 0;
            if (random.nextBoolean()) {
                int cut = 1 + random.nextInt(line.length() - 1);
                append(path, line.substring(0, cut));
                Thread.sleep(pause(random, longPause)); // the file ends in half a line meanwhile
                append(path, line.substring(cut));
                Thread.sleep(random.nextInt(300));
            } else {
                append(path, line);
                Thread.sleep(pause(random, longPause));
            }
        }
    }

    /** The writer's own pace: short, or long enough for the watcher to take the file as it is (minimum age). */
    private static long pause(Random random, boolean longPause) {
        return longPause ? 1500 + random.nextInt(1000) : random.nextInt(300);
    }

    private static void append(Path path, String text) throws Exception {
        Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
