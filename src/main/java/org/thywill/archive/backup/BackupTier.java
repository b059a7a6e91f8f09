package org.thywill.archive.backup;

import java.time.Duration;
import java.util.Locale;

/**
 * A kind of backup: its folder under the backup root, the prefix of its file names and how long its backups are
 * kept. {@link #PRE_RESTORE} holds the copies a restore takes of the database it replaces.
 */
public enum BackupTier {
    HOURLY("hourly", Duration.ofHours(48)),
    DAILY("daily", Duration.ofDays(30)),
    WEEKLY("weekly", Duration.ofDays(7 * 12)),
    PRE_RESTORE("pre_restore", Duration.ofDays(30));

    private final String id;
    private final Duration retention;

    BackupTier(String id, Duration retention) {
        this.id = id;
        this.retention = retention;
    }

    /** The folder name and the word in file names: {@code hourly}, {@code daily}, {@code weekly}, {@code pre_restore}. */
    public String id() {
        return id;
    }

    /** A backup strictly older than this is deleted by cleanup (unless it is its tier's newest verified one). */
    public Duration retention() {
        return retention;
    }

    /** Whether {@code backup --tier} may take it (pre-restore copies are taken by a restore only). */
    public boolean scheduled() {
        return this != PRE_RESTORE;
    }

    /** {@code hourly}, {@code daily} or {@code weekly} (any case); {@code null} or blank means daily. */
    public static BackupTier ofScheduled(String name) {
        if (name == null || name.isBlank()) {
            return DAILY;
        }
        for (BackupTier t : values()) {
            if (t.scheduled() && t.id.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown backup tier '" + name + "': expected hourly, daily or weekly");
    }
}
