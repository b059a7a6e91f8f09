package org.thywill.archive.format.system;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;
import org.thywill.archive.format.auth.ExactTime;
import org.thywill.archive.format.auth.FileEntry;

/** Reads {@code system/event_log/<kind>_events_YYYY_MM.txt} (reference §2.10). */
public final class EventLogFileReader implements ArchiveReader<EventLogFile> {

    static final String SEPARATOR = " - ";

    @Override
    public Parsed<EventLogFile> read(String text) {
        TextLines t = TextLines.split(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<FileEntry<EventLogEntry>> entries = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String line = t.get(i);
            int sep = line.indexOf(SEPARATOR);
            OffsetDateTime at = sep < 0 ? null : ExactTime.isoOffset(line.substring(0, sep)).orElse(null);
            if (at == null) {
                entries.add(FileEntry.unrecognised(line));
                diagnostics.add(Diagnostic.atLine(i + 1, sep < 0
                        ? "expected '<ISO timestamp> - <event>', found '" + line + "'"
                        : "unparsable timestamp '" + line.substring(0, sep)
                                + "' (expected an ISO timestamp with offset like 2023-12-04T09:46:09.586217+00:00)"));
            } else {
                entries.add(FileEntry.understood(new EventLogEntry(at, line.substring(sep + SEPARATOR.length()))));
            }
        }
        return new Parsed<>(new EventLogFile(entries, t.endsWithNewline()), diagnostics);
    }
}
