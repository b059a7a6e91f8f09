package org.thywill.archive.format.system;

import java.util.List;
import org.thywill.archive.format.auth.FileEntry;

/**
 * {@code system/event_log/<kind>_events_YYYY_MM.txt}: no header, one {@link EventLogEntry} per line,
 * each ending with a newline.
 *
 * @param endsWithNewline whether the file ends with a newline (the original always writes one)
 */
public record EventLogFile(List<FileEntry<EventLogEntry>> entries, boolean endsWithNewline) {

    public EventLogFile {
        entries = List.copyOf(entries);
    }

    /** The file the original's appends make of {@code events} (an empty file has no newline at all). */
    public static EventLogFile of(List<EventLogEntry> events) {
        return new EventLogFile(FileEntry.allUnderstood(events), !events.isEmpty());
    }

    public List<EventLogEntry> events() {
        return FileEntry.values(entries);
    }
}
