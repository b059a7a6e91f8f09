package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thywill.archive.files.AbandonedTemps;
import org.thywill.archive.files.ProcessLock;

/**
 * One heal of a database at a time, in this JVM or another (the scheduled export and a heal from the command line):
 * two at once would each find the files the other is creating "appeared while being healed" and report them as
 * problems. A heal waits for its turn on {@code <database>-heal.lock} beside the database. When the heal before it
 * was killed, the temp files it left in the tree (hidden, never renamed, ignored by every reader) are removed, with
 * those of any other writer that died: only then, as it walks the whole tree. A dry run writes nothing and takes no
 * turn.
 */
final class HealTurn {

    private static final Logger LOG = LoggerFactory.getLogger(HealTurn.class);

    private HealTurn() {
    }

    /** Waits for the turn of {@code what} on the database {@code database}, healing {@code archives}. */
    static ProcessLock take(Path database, Path archives, String what, HealReport.Builder report) {
        Path file = ProcessLock.beside(database, "-heal.lock");
        long start = System.nanoTime();
        String[] waitedFor = {null};
        try {
            ProcessLock lock = ProcessLock.acquire(file, what + " of " + archives, holder -> {
                waitedFor[0] = holder;
                LOG.info("{} of {} waits for another heal to finish ({})", what, archives, holder);
            });
            if (waitedFor[0] != null) {
                report.note("waited " + Duration.ofNanos(System.nanoTime() - start).toSeconds()
                        + " s for another heal to finish (" + waitedFor[0] + ")");
            }
            lock.abandonedBy().ifPresent(killed -> removeAbandonedTemps(archives, killed, report));
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + " (one heal at a time)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted while waiting for another heal to finish", e);
        }
    }

    private static void removeAbandonedTemps(Path archives, String killedHeal, HealReport.Builder report) {
        try {
            List<String> removed = AbandonedTemps.removeUnder(archives);
            report.note("the heal before this one did not finish (" + killedHeal + "): " + removed.size()
                    + " temp file(s) of processes that no longer run removed");
        } catch (IOException e) {
            report.note("the heal before this one did not finish (" + killedHeal + "); its temp files could not be"
                    + " removed: " + e.getMessage());
        }
    }
}
