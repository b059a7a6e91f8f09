package org.thywill.archive.app;

import java.time.Duration;

import org.thywill.archive.store.Database;
import org.thywill.archive.store.StoreSettings;

/**
 * The service's one {@link Database}, opened on first use — a command that only reads files never
 * creates a database — and closed when Camel stops.
 */
public final class DatabaseProvider implements AutoCloseable {

    private final ThyWillSettings settings;
    private Database database;

    public DatabaseProvider(ThyWillSettings settings) {
        this.settings = settings;
    }

    public synchronized Database get() {
        if (database == null) {
            try {
                java.nio.file.Files.createDirectories(settings.database().getParent());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot create the folder of " + settings.database(), e);
            }
            database = Database.open(settings.database(),
                    StoreSettings.defaults().withBusyTimeout(Duration.ofMillis(settings.busyTimeoutMs())));
        }
        return database;
    }

    /**
     * Closes the database and runs {@code work} while every {@link #get} waits; the next {@link #get} opens the file
     * anew (and migrates it, as every open does). A restore swaps the file in {@code work}.
     */
    public synchronized <T> T closedWhile(java.util.function.Supplier<T> work) {
        close();
        return work.get();
    }

    public synchronized boolean isOpen() {
        return database != null;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
