package org.thywill.archive.backup;

import java.util.function.Supplier;

/** The service's hold on the live database, which it must let go of while a restore swaps the file. */
public interface DatabaseRelease {

    /**
     * Runs {@code work} with every connection the service has to the database closed and no new one opened until
     * it returns; the next use opens the file anew (and migrates it, as any open does).
     */
    <T> T whileReleased(Supplier<T> work);

    /** Nothing holds the database (a restore outside the service). */
    DatabaseRelease NONE = new DatabaseRelease() {
        @Override
        public <T> T whileReleased(Supplier<T> work) {
            return work.get();
        }
    };
}
