package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/**
 * The heal phrasing of a {@code set_<name>} log: {@code set <name> to '<new>'}, or
 * {@code set <name> from '<old>' to '<new>'} when the old value was truthy. {@code oldValue} is
 * {@code null} for the first form (an empty old value is written that way too, as Python's truthiness
 * does). Values are the strings as written; a {@code None} new value is the text {@code None}.
 */
public record SetEntry(LocalDateTime at, String user, String name, String oldValue, String newValue)
        implements TimedEntry {

    public SetEntry {
        at = ArchiveTime.toMinute(Objects.requireNonNull(at, "at"));
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(newValue, "newValue");
        if (oldValue != null && oldValue.isEmpty()) {
            oldValue = null;
        }
    }

    /** The log action this line stands for: {@code set_<name>}. */
    public String logAction() {
        return "set_" + name;
    }
}
