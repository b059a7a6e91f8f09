package org.thywill.archive.format.invites;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;
import org.thywill.archive.format.export.Row;
import org.thywill.archive.format.export.RowsReader;

/**
 * Reads {@code system/invite_tokens.txt} ({@link InviteTokensSnapshotFormat}) line by line, then checks the
 * lines come in the order the original writes them, reporting the first line out of place. The original's
 * recovery never saved these tokens (reference §7 B27); every row is read here.
 */
public final class InviteTokensSnapshotReader implements ArchiveReader<PipeTable<SnapshotLine>> {

    /** What may come next, in file order. */
    private enum Expect {
        ACTIVE_TITLE("'ACTIVE TOKENS:'"),
        ACTIVE_TOKENS("an active token row or a blank line"),
        EXPIRED_TITLE("'RECENTLY EXPIRED TOKENS:'"),
        EXPIRED_TOKENS("an expired token row or a blank line"),
        ACTIVE_COUNT("'Active tokens: N'"),
        TOTAL_COUNT("'Total tokens: M'"),
        END("the end of the file");

        private final String description;

        Expect(String description) {
            this.description = description;
        }
    }

    @Override
    public Parsed<PipeTable<SnapshotLine>> read(String text) {
        Parsed<PipeTable<SnapshotLine>> parsed = PipeTables.read(text, InviteTokensSnapshotFormat.HEADER,
                RowsReader.oneRowPerLine(InviteTokensSnapshotFormat.LINE));
        if (text.isEmpty()) {
            return parsed;
        }
        PipeTable<SnapshotLine> file = parsed.value();
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        int firstRowLine = file.firstRowLine();
        Expect expect = Expect.ACTIVE_TITLE;
        for (int i = 0; i < file.rows().size(); i++) {
            Row<SnapshotLine> row = file.rows().get(i);
            if (!(row instanceof Row.Data<SnapshotLine> data)) {
                continue; // already reported
            }
            Expect next = next(expect, data.value());
            if (next == null) {
                diagnostics.add(Diagnostic.atLine(firstRowLine + i, "expected " + expect.description
                        + ", found '" + InviteTokensSnapshotFormat.LINE.render(data.value()) + "'"));
                return new Parsed<>(file, diagnostics);
            }
            expect = next;
        }
        if (expect != Expect.END) {
            diagnostics.add(Diagnostic.atLine(firstRowLine + file.rows().size(),
                    "file ends where " + expect.description + " was expected"));
        }
        return new Parsed<>(file, diagnostics);
    }

    /** The state after {@code line}, or {@code null} if {@code line} cannot come here. */
    private static Expect next(Expect expect, SnapshotLine line) {
        return switch (expect) {
            case ACTIVE_TITLE -> line instanceof SnapshotLine.SectionTitle t
                    && t.section() == SnapshotLine.Section.ACTIVE ? Expect.ACTIVE_TOKENS : null;
            case ACTIVE_TOKENS -> line instanceof SnapshotLine.Token ? Expect.ACTIVE_TOKENS
                    : line instanceof SnapshotLine.Blank ? Expect.EXPIRED_TITLE : null;
            case EXPIRED_TITLE -> line instanceof SnapshotLine.SectionTitle t
                    && t.section() == SnapshotLine.Section.RECENTLY_EXPIRED ? Expect.EXPIRED_TOKENS : null;
            case EXPIRED_TOKENS -> line instanceof SnapshotLine.Token ? Expect.EXPIRED_TOKENS
                    : line instanceof SnapshotLine.Blank ? Expect.ACTIVE_COUNT : null;
            case ACTIVE_COUNT -> line instanceof SnapshotLine.ActiveCount ? Expect.TOTAL_COUNT : null;
            case TOTAL_COUNT -> line instanceof SnapshotLine.TotalCount ? Expect.END : null;
            case END -> null;
        };
    }
}
