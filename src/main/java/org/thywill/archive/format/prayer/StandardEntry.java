package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/** {@code <TS> - <user> prayed this prayer} and the other fixed phrases of {@link StandardAction}. */
public record StandardEntry(LocalDateTime at, String user, StandardAction action) implements TimedEntry {

    public StandardEntry {
        at = ArchiveTime.toMinute(Objects.requireNonNull(at, "at"));
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
    }
}
