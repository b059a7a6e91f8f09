package org.thywill.archive.format.export;

import java.util.Objects;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/**
 * Reads one kind of export-all dump: checks the header (title shape, exact Format line), reads each row
 * by the kind's layout, and keeps any row it cannot understand, with a diagnostic.
 */
public final class ExportDumpReader<R> implements ArchiveReader<PipeTable<R>> {

    private final ExportDumpKind<R> kind;

    public ExportDumpReader(ExportDumpKind<R> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Parsed<PipeTable<R>> read(String text) {
        return PipeTables.read(text, kind.header(), kind.rows());
    }
}
