package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/** The heal phrasing of a {@code remove_<name>} log: {@code removed <name> (was '<old>')}. */
public record RemovedEntry(LocalDateTime at, String user, String name, String oldValue) implements TimedEntry {

    public RemovedEntry {
        at = ArchiveTime.toMinute(Objects.requireNonNull(at, "at"));
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(oldValue, "oldValue");
    }

    /** The log action this line stands for: {@code remove_<name>}. */
    public String logAction() {
        return "remove_" + name;
    }
}
