package org.thywill.archive.format.roles;

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
 * Reads {@code roles/role_definitions.txt} ({@link RoleDefinitionsFormat}) line by line, then checks the
 * lines come in the original's order (roles, a blank line, {@code Total roles: N}, nothing after) and that
 * N counts the roles, reporting the first line out of place.
 */
public final class RoleDefinitionsFileReader implements ArchiveReader<PipeTable<RoleDefinitionsLine>> {

    @Override
    public Parsed<PipeTable<RoleDefinitionsLine>> read(String text) {
        Parsed<PipeTable<RoleDefinitionsLine>> parsed = PipeTables.read(text, RoleDefinitionsFormat.HEADER,
                RowsReader.oneRowPerLine(RoleDefinitionsFormat.LINE));
        if (text.isEmpty()) {
            return parsed;
        }
        PipeTable<RoleDefinitionsLine> file = withBlankBeforeTotal(parsed.value());
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        diagnostics.addAll(checkOrder(file));
        return new Parsed<>(file, diagnostics);
    }

    /**
     * With no roles, the blank line before the total follows the header's blank line directly, and the
     * layout reading counts both as header: give the second back to the rows.
     */
    private static PipeTable<RoleDefinitionsLine> withBlankBeforeTotal(PipeTable<RoleDefinitionsLine> file) {
        if (file.blankLines() < 2) {
            return file;
        }
        List<Row<RoleDefinitionsLine>> rows = new ArrayList<>();
        for (int b = 1; b < file.blankLines(); b++) {
            rows.add(Row.of(new RoleDefinitionsLine.Blank()));
        }
        rows.addAll(file.rows());
        return new PipeTable<>(file.title(), file.format(), 1, rows, file.endsWithNewline());
    }

    private static List<Diagnostic> checkOrder(PipeTable<RoleDefinitionsLine> file) {
        int roles = 0;
        boolean blankSeen = false;
        boolean totalSeen = false;
        for (int i = 0; i < file.rows().size(); i++) {
            if (!(file.rows().get(i) instanceof Row.Data<RoleDefinitionsLine> data)) {
                roles++; // an unreadable role row, already reported
                continue;
            }
            int line = file.firstRowLine() + i;
            RoleDefinitionsLine l = data.value();
            String found = "'" + RoleDefinitionsFormat.LINE.render(l) + "'";
            if (totalSeen) {
                return List.of(Diagnostic.atLine(line, "expected the end of the file after the total, found " + found));
            }
            if (l instanceof RoleDefinitionsLine.Role && !blankSeen) {
                roles++;
            } else if (l instanceof RoleDefinitionsLine.Blank && !blankSeen) {
                blankSeen = true;
            } else if (l instanceof RoleDefinitionsLine.Total t && blankSeen) {
                totalSeen = true;
                if (t.count() != roles) {
                    return List.of(Diagnostic.atLine(line, "'Total roles: " + t.count() + "' but " + roles
                            + " roles are listed"));
                }
            } else {
                String expected = blankSeen ? "'Total roles: N'" : "a role row or a blank line";
                return List.of(Diagnostic.atLine(line, "expected " + expected + ", found " + found));
            }
        }
        if (!totalSeen) {
            return List.of(Diagnostic.atLine(file.firstRowLine() + file.rows().size(),
                    "file ends without 'Total roles: N'"));
        }
        return List.of();
    }
}
