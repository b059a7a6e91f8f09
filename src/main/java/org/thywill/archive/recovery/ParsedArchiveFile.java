package org.thywill.archive.recovery;

import java.util.List;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;

/**
 * One file of an archive tree as its kind's reader understood it.
 *
 * @param path        relative to the archive root, {@code /}-separated
 * @param kind        the kind its path names, or null when it names none
 * @param text        the file's text, or null when it could not be read (too large, unreadable, not UTF-8)
 * @param record      what the reader returned, or null when there was no text or no kind
 * @param diagnostics what the reader (or the reading) could not understand, line by line
 */
public record ParsedArchiveFile(String path, ArchiveKind kind, String text, Object record,
                                List<Diagnostic> diagnostics) {

    public ParsedArchiveFile {
        diagnostics = List.copyOf(diagnostics);
    }
}
