package org.thywill.archive.format.export;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.PipeFile;

/** Reading and writing any {@link PipeTable}: the shared layout, a kind's header and its rows. */
public final class PipeTables {

    private PipeTables() {
    }

    public static <R> Parsed<PipeTable<R>> read(String text, TableHeader header, RowsReader<R> rowsReader) {
        Parsed<PipeFile> file = PipeFile.read(text);
        PipeFile f = file.value();
        List<Diagnostic> diagnostics = new ArrayList<>(file.diagnostics());
        if (!text.isEmpty()) {
            header.check(f.title(), f.format(), diagnostics);
        }
        List<Row<R>> rows = rowsReader.read(f.rows(), f.firstRowLine(), diagnostics);
        return new Parsed<>(new PipeTable<>(f.title(), f.format(), f.blankLines(), rows, f.endsWithNewline()),
                diagnostics);
    }

    public static <R> String write(PipeTable<R> table, RowCodec<R> codec) {
        List<String> rendered = new ArrayList<>(table.rows().size());
        for (Row<R> row : table.rows()) {
            rendered.add(render(row, codec));
        }
        return new PipeFile(table.title(), table.format(), table.blankLines(), rendered, table.firstRowLine(),
                table.endsWithNewline()).write();
    }

    public static <R> String render(Row<R> row, RowCodec<R> codec) {
        if (row instanceof Row.Data<R> data) {
            return codec.render(data.value());
        }
        return ((Row.Unrecognised<R>) row).text();
    }
}
