package org.thywill.archive.format.export;

import java.util.Objects;
import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes one kind of export-all dump exactly as the original's {@code ExportService._write_data_file}:
 * the header lines as held (build them with {@link ExportDumpKind#dump}), two blank lines, one row per
 * record, no newline after the last row. What each kind cannot carry is listed on its record class.
 */
public final class ExportDumpWriter<R> implements ArchiveWriter<PipeTable<R>> {

    private final ExportDumpKind<R> kind;

    public ExportDumpWriter(ExportDumpKind<R> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String write(PipeTable<R> dump) {
        return PipeTables.write(dump, kind.codec());
    }
}
