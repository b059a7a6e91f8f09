package org.thywill.archive.store;

import java.time.Duration;

/**
 * How the store opens its SQLite file.
 *
 * @param busyTimeout     how long a connection waits for a lock held by another connection or process (the live
 *                        ThyWill app may be writing the same file) before failing with SQLITE_BUSY
 * @param readConnections how many read-only connections {@link Database#read} may use at the same time
 */
public record StoreSettings(Duration busyTimeout, int readConnections) {

    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofMillis(10_000);
    public static final int DEFAULT_READ_CONNECTIONS = 4;

    public StoreSettings {
        if (busyTimeout == null || busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout must be between 0 and " + Integer.MAX_VALUE + " ms: " + busyTimeout);
        }
        if (readConnections < 1) {
            throw new IllegalArgumentException("readConnections must be at least 1: " + readConnections);
        }
    }

    public static StoreSettings defaults() {
        return new StoreSettings(DEFAULT_BUSY_TIMEOUT, DEFAULT_READ_CONNECTIONS);
    }

    public StoreSettings withBusyTimeout(Duration timeout) {
        return new StoreSettings(timeout, readConnections);
    }

    public StoreSettings withReadConnections(int count) {
        return new StoreSettings(busyTimeout, count);
    }

    int busyTimeoutMillis() {
        return (int) busyTimeout.toMillis();
    }
}
