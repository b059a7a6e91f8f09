package org.thywill.archive.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Random;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.Repositories;

/**
 * {@code generate-demo}: a realistic synthetic community, written through our writers and our store: a
 * {@code text_archives/} tree and the matching {@code thywill.db}, as the original app would have left them
 * after living through every simulated event (see {@link CommunitySimulation}, {@link PrayerSimulation},
 * {@link PrayerRecorder}). The same request gives byte-identical files and identical rows.
 *
 * <p>It streams: each prayer's file is written once with its whole history, its rows go through batched
 * inserts in one transaction, and only the members and the open months of activity stay in memory.
 * A run that fails removes what it created.
 */
public class DemoGenerator {

    /** Prayers between two progress reports. */
    static final int PROGRESS_STEP = 500;

    public DemoSummary generate(DemoRequest request) {
        long started = System.nanoTime();
        Path out = request.out().toAbsolutePath().normalize();
        DemoOutput.refusal(out).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        Path archives = DemoOutput.archives(out);
        boolean archivesExisted = Files.isDirectory(archives);
        Tally tally = new Tally();
        try {
            Files.createDirectories(out);
            try (ArchiveTree tree = new ArchiveTree(archives); Database db = Database.open(DemoOutput.database(out))) {
                db.runInTransaction(c -> generate(request, tree, c, tally));
                tally.add(DemoCount.ARCHIVE_FILES, tree.finish());
            }
        } catch (IOException | RuntimeException e) {
            removeCreated(out, archives, archivesExisted, e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("generate-demo failed: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
        return new DemoSummary(out, request.seed(), tally.snapshot(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void generate(DemoRequest request, ArchiveTree tree, Connection c, Tally tally) throws SQLException {
        try {
            DemoIds ids = new DemoIds(stream(request.seed(), 1));
            DemoClock clock = DemoClock.forPrayers(request.prayers());
            Community community = new CommunitySimulation(stream(request.seed(), 2), ids, clock).simulate(request.users());
            long rows = insert(c, community);
            CommunityArchive.write(tree, community, tally);
            count(community, tally);
            rows += generatePrayers(request, tree, c, ids, community, tally);
            tally.add(DemoCount.DATABASE_ROWS, rows);
            request.progress().accept(request.prayers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Submits the prayers in chronological order, each with its whole life, and writes each month's activity
     * file once no later prayer can add to it. Returns the rows inserted.
     */
    private static long generatePrayers(DemoRequest request, ArchiveTree tree, Connection c, DemoIds ids,
                                        Community community, Tally tally) throws IOException, SQLException {
        MonthlyActivity activity = new MonthlyActivity(tree);
        community.activity().forEach(activity::add);
        PrayerSimulation simulation = new PrayerSimulation(stream(request.seed(), 3), ids,
                new DemoTexts(stream(request.seed(), 4)), community.roster(), community.end());
        LocalDateTime from = community.roster().admin().registeredAt().plusHours(1);
        long[] times = PrayerSchedule.times(stream(request.seed(), 5), request.prayers(), from,
                community.end().minusHours(1));
        PrayerRows rows = new PrayerRows(c);
        try (rows) {
            PrayerRecorder recorder = new PrayerRecorder(tree, activity, rows, ids, tally);
            for (int i = 0; i < times.length; i++) {
                LocalDateTime createdAt = DemoClock.at(times[i]);
                activity.writeMonthsBefore(YearMonth.from(createdAt));
                recorder.record(simulation.simulate(createdAt));
                if ((i + 1) % PROGRESS_STEP == 0) {
                    request.progress().accept(i + 1);
                }
            }
            activity.writeAll();
        }
        tally.add(DemoCount.ACTIVITY_ENTRIES, activity.entries());
        return rows.count();
    }

    private static long insert(Connection c, Community community) throws SQLException {
        long n = Repositories.ROLES.insertAll(c, community.roles());
        n += Repositories.USERS.insertAll(c, community.users());
        n += Repositories.USER_ROLES.insertAll(c, community.userRoles());
        n += Repositories.INVITE_TOKENS.insertAll(c, community.tokens().stream().map(Community.CreatedToken::row).toList());
        n += Repositories.INVITE_TOKEN_USAGE.insertAll(c, community.tokenUsage());
        n += Repositories.SESSIONS.insertAll(c, community.sessions());
        return n;
    }

    private static void count(Community community, Tally tally) {
        tally.add(DemoCount.USERS, community.users().size());
        tally.add(DemoCount.JOINED_DIRECTLY, community.registrations().stream().filter(r -> r.isDirect()).count());
        tally.add(DemoCount.INVITE_TOKENS, community.tokens().size());
        for (Community.CreatedToken t : community.tokens()) {
            switch (t.row().tokenType()) {
                case "admin" -> tally.add(DemoCount.ADMIN_TOKENS);
                case "multi_device" -> tally.add(DemoCount.MULTI_DEVICE_TOKENS);
                default -> {
                }
            }
            if (t.row().usageCount() == 0) {
                tally.add(DemoCount.UNCLAIMED_TOKENS);
            }
        }
        tally.add(DemoCount.SESSIONS, community.sessions().size());
    }

    /** An independent, seeded random stream for one concern, so that each concern's draws do not shift the others'. */
    private static Random stream(long seed, int concern) {
        return new Random(seed * 0x9E3779B97F4A7C15L + concern);
    }

    /** Deletes the database and archive tree this run created (they did not exist, or the tree was empty, before). */
    private static void removeCreated(Path out, Path archives, boolean archivesExisted, Exception cause) {
        try {
            for (String name : new String[] {DemoOutput.DATABASE, DemoOutput.DATABASE + "-wal", DemoOutput.DATABASE + "-shm"}) {
                Files.deleteIfExists(out.resolve(name));
            }
            if (Files.isDirectory(archives)) {
                Files.walkFileTree(archives, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        if (!dir.equals(archives) || !archivesExisted) {
                            Files.delete(dir);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
