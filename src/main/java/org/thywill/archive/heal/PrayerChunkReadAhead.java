package org.thywill.archive.heal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.PrayerRow;

/**
 * The prayer chunks of a heal, each read from the database and turned into its activity lines on a background
 * thread while the heal writes the chunk before it (reading 1.3 M rows through JDBC is CPU work; writing the files
 * waits on the disk). At most {@link #AHEAD} chunks are held, so memory stays bounded.
 */
final class PrayerChunkReadAhead implements AutoCloseable {

    /** Chunks read ahead of the one being healed. */
    static final int AHEAD = 2;

    /**
     * A chunk's prayers, in heal order, each with the activity lines its file must carry, and their change counts
     * when read (see {@link PrayerChunks.Chunk}).
     */
    record HealChunk(List<PrayerRow> prayers, List<PrayerActivityLines.Result> lines, Map<String, Long> changes) {
    }

    private final Database db;
    private final List<String> ids;
    private final int chunkSize;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "heal-read");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<HealChunk>> ahead = new ArrayDeque<>();
    private int nextFrom;

    PrayerChunkReadAhead(Database db, List<String> ids, int chunkSize) {
        this.db = db;
        this.ids = ids;
        this.chunkSize = chunkSize;
        while (ahead.size() < AHEAD && submitNext()) {
            // fill the read-ahead
        }
    }

    boolean hasNext() {
        return !ahead.isEmpty();
    }

    /** The next chunk (waiting for it if it is still being read); reading of a further one starts. */
    HealChunk next() {
        Future<HealChunk> head = ahead.removeFirst();
        submitNext();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading prayers", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot read prayers", e.getCause());
        }
    }

    private boolean submitNext() {
        if (nextFrom >= ids.size()) {
            return false;
        }
        List<String> chunkIds = ids.subList(nextFrom, Math.min(ids.size(), nextFrom + chunkSize));
        nextFrom += chunkIds.size();
        ahead.addLast(reader.submit(() -> read(chunkIds)));
        return true;
    }

    private HealChunk read(List<String> chunkIds) {
        PrayerChunks.Chunk rows = db.read(c -> PrayerChunks.read(c, chunkIds));
        List<PrayerActivityLines.Result> lines = new ArrayList<>(rows.prayers().size());
        for (PrayerRow p : rows.prayers()) {
            lines.add(PrayerActivityLines.of(p.id(), rows.marks().getOrDefault(p.id(), List.of()),
                    rows.logs().getOrDefault(p.id(), List.of()), rows.attributes().getOrDefault(p.id(), List.of())));
        }
        return new HealChunk(rows.prayers(), lines, rows.changes());
    }

    @Override
    public void close() {
        ahead.forEach(f -> f.cancel(true));
        ahead.clear();
        reader.shutdownNow();
    }
}
