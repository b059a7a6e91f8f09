package org.thywill.archive.format.system;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.TextLines;
import org.thywill.archive.format.auth.FileEntry;

/**
 * Writes {@code system/event_log/<kind>_events_YYYY_MM.txt} as the original's SystemArchiveService
 * does: {@code <ISO +00:00> - <message>} per line, each ending with a newline.
 *
 * <p>What the format cannot carry: a newline in a message breaks the line.
 */
public final class EventLogFileWriter implements ArchiveWriter<EventLogFile> {

    @Override
    public String write(EventLogFile file) {
        List<String> lines = new ArrayList<>(file.entries().size());
        for (FileEntry<EventLogEntry> e : file.entries()) {
            lines.add(e.render(ev -> ArchiveTime.iso(ev.timestamp()) + EventLogFileReader.SEPARATOR + ev.message()));
        }
        return TextLines.join(lines, file.endsWithNewline());
    }
}
