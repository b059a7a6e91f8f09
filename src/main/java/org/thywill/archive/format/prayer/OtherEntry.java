package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/**
 * The heal writer's fallback for any other log action: {@code <user> <action>} plus {@code : <extra>} when
 * there is an extra text. {@code action} is a log action name ({@code [a-z][a-z0-9_]*}, e.g.
 * {@code unknown}); {@code extra} is {@code null} when absent (an empty extra is not written either).
 */
public record OtherEntry(LocalDateTime at, String user, String action, String extra) implements TimedEntry {

    public OtherEntry {
        at = ArchiveTime.toMinute(Objects.requireNonNull(at, "at"));
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        if (extra != null && extra.isEmpty()) {
            extra = null;
        }
    }
}
