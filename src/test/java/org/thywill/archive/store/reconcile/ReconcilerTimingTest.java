package org.thywill.archive.store.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.store.Database;

/**
 * How long reconciling takes: the community sample in the suite (printed, loosely bounded), and a generated
 * 100k-prayer tree (600k activity lines) on demand: {@code mvn -B -q test -Dtest=ReconcilerTimingTest
 * -Dthywill.bench=true [-Dthywill.bench.prayers=N] [-Dthywill.bench.filesPerTransaction=K]}: one transaction per
 * file by default, else K files per transaction with a savepoint per file.
 */
class ReconcilerTimingTest {

    @TempDir
    Path dir;

    @Test
    void theCommunitySampleReconcilesInWellUnderASecondOrTwo() {
        List<ArchiveImport.ParsedFile> files = ArchiveImport.parse("community");
        for (String run : List.of("cold", "warm")) {
            try (Database db = Database.open(dir.resolve(run + ".db"))) {
                long start = System.nanoTime();
                ArchiveImport.Run result = ArchiveImport.run(db, files);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.printf("reconciled the community sample (%d files, %d rows changed, one transaction per"
                        + " file), %s JVM: %d ms%n", files.size(), result.changedRows(), run, took.toMillis());
                assertThat(result.changedRows()).isEqualTo(1589);
                assertThat(took).isLessThan(Duration.ofSeconds(30));
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "thywill.bench", matches = "true")
    void aHundredThousandPrayersWithSixHundredThousandActivityLines() {
        int prayers = Integer.getInteger("thywill.bench.prayers", 100_000);
        int perTransaction = Integer.getInteger("thywill.bench.filesPerTransaction", 1);
        int users = 1_000;
        Reconciler reconciler = new Reconciler();
        PrayerFileReader reader = new PrayerFileReader();
        try (Database db = Database.open(dir.resolve("big.db"))) {
            long parseNanos = 0;
            long start = System.nanoTime();
            java.util.List<PrayerFile> pending = new java.util.ArrayList<>();
            LocalDateTime base = LocalDateTime.of(2024, 1, 1, 0, 0);
            for (int p = 0; p < prayers; p++) {
                LocalDateTime submitted = base.plusMinutes(p * 3L);
                StringBuilder sb = new StringBuilder("Prayer ").append(String.format("%032x", p)).append(" by user ")
                        .append(p % users).append("\nSubmitted ").append(ArchiveTime.ts(submitted))
                        .append("\n\nPlease pray for my family: day ").append(p).append("\n\nActivity:\n");
                for (int a = 0; a < 5; a++) {
                    sb.append(ArchiveTime.ts(submitted.plusMinutes(1 + a))).append(" - user ")
                            .append((p + a * 7) % users).append(" prayed this prayer\n");
                }
                sb.append(ArchiveTime.ts(submitted.plusMinutes(9))).append(" - user ").append(p % users)
                        .append(p % 2 == 0 ? " marked this prayer as answered\n" : " archived this prayer\n");
                long t0 = System.nanoTime();
                PrayerFile file = reader.read(sb.toString()).value();
                parseNanos += System.nanoTime() - t0;
                pending.add(file);
                if (pending.size() == perTransaction || p == prayers - 1) {
                    int first = p - pending.size() + 1;
                    db.runInTransaction(c -> {
                        for (int i = 0; i < pending.size(); i++) {
                            // each file all-or-nothing inside the batch's transaction
                            Sql.update(c, "SAVEPOINT file");
                            reconciler.reconcile(c, ArchiveKind.PRAYER, "prayers/2024/01/p" + (first + i) + ".txt",
                                    pending.get(i));
                            Sql.update(c, "RELEASE file");
                        }
                    });
                    pending.clear();
                }
            }
            db.inTransaction(reconciler::linkAcrossFiles);
            long total = System.nanoTime() - start;
            long marks = db.read(c -> org.thywill.archive.store.repo.Repositories.PRAYER_MARKS.count(c));
            System.out.printf("%d prayer files, %d marks: %d ms in all, %d ms of it parsing%n", prayers, marks,
                    total / 1_000_000, parseNanos / 1_000_000);
            assertThat(marks).isEqualTo(prayers * 5L);
        }
    }
}
