package org.thywill.archive.processors;

import java.util.List;

import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;

/** What the readers understood of one file: its kind, the parsed record, and the diagnostics. */
public record FileParse(String path, ArchiveKind kind, Object record, List<Diagnostic> diagnostics) {

    public FileParse {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isClean() {
        return diagnostics.isEmpty();
    }
}
