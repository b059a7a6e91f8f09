package org.thywill.archive.format.users;

import static org.thywill.archive.format.users.RegistrationsFileWriter.DIRECT;
import static org.thywill.archive.format.users.RegistrationsFileWriter.HEADER_PREFIX;
import static org.thywill.archive.format.users.RegistrationsFileWriter.INVITED;
import static org.thywill.archive.format.users.RegistrationsFileWriter.SEPARATOR;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;

/**
 * Reads {@code users/YYYY_MM_users.txt} (reference §2.2) by structure. On a registration line the
 * timestamp is everything before the first {@code " - "}; the name is everything after it up to
 * {@code " joined on invitation from "} (the inviter is the rest of the line) or up to a final
 * {@code " joined directly"}. Nothing is trimmed, so {@code Anne - Marie}, {@code Joy at Dawn} and
 * {@code D'Angelo Price} come through whole (the original's {@code Mary Ann} → {@code Mary} problem, B7,
 * does not arise). Duplicate lines are kept and not reported (B17). Lines it cannot understand are kept
 * as {@link RegistrationsLine.Unrecognised} and reported.
 */
public final class RegistrationsFileReader implements ArchiveReader<RegistrationsFile> {

    static final String EXPECTED_HEADER = "'User Registrations for <Month YYYY>'";
    static final String EXPECTED_ENTRY =
            "'<Month DD YYYY> at <HH:MM> - <name> joined directly' or '... - <name> joined on invitation from <inviter>'";

    @Override
    public Parsed<RegistrationsFile> read(String text) {
        TextLines t = TextLines.split(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<RegistrationsLine> lines = new ArrayList<>(t.size());
        if (t.size() == 0) {
            diagnostics.add(Diagnostic.ofFile("empty file: expected the header " + EXPECTED_HEADER));
        }
        for (int i = 0; i < t.size(); i++) {
            lines.add(readLine(t.get(i), i + 1, diagnostics));
        }
        if (t.size() > 0 && !t.endsWithNewline()) {
            diagnostics.add(Diagnostic.atLine(t.size(), "no newline at end of file: the last line may be truncated"));
        }
        return new Parsed<>(new RegistrationsFile(lines, t.endsWithNewline()), diagnostics);
    }

    private static RegistrationsLine readLine(String line, int number, List<Diagnostic> diagnostics) {
        if (line.indexOf('\r') >= 0) {
            diagnostics.add(Diagnostic.atLine(number, "carriage return in line (CRLF line endings?); line kept unread"));
            return new RegistrationsLine.Unrecognised(line);
        }
        if (line.isEmpty()) {
            return new RegistrationsLine.Blank();
        }
        if (line.startsWith(HEADER_PREFIX)) {
            if (number != 1) {
                diagnostics.add(Diagnostic.atLine(number, "header line out of place (the header belongs on line 1)"));
                return new RegistrationsLine.Unrecognised(line);
            }
            String month = line.substring(HEADER_PREFIX.length());
            Optional<YearMonth> parsed = ArchiveTime.parseMonthYear(month);
            if (parsed.isEmpty()) {
                diagnostics.add(Diagnostic.atLine(number, "header month '" + month + "' is not a '<Month YYYY>'"));
                return new RegistrationsLine.Unrecognised(line);
            }
            return new RegistrationsLine.Header(parsed.get(), line);
        }
        if (number == 1) {
            diagnostics.add(Diagnostic.atLine(1, "missing header: expected " + EXPECTED_HEADER));
        }
        EntryParse entry = parseEntry(line);
        if (entry.registration() == null) {
            diagnostics.add(Diagnostic.atLine(number, entry.problem()));
            return new RegistrationsLine.Unrecognised(line);
        }
        return new RegistrationsLine.Entry(entry.registration(), line);
    }

    /** What one registration line means, or why it means nothing. */
    record EntryParse(Registration registration, String problem) {
    }

    static EntryParse parseEntry(String line) {
        int dash = line.indexOf(SEPARATOR);
        if (dash < 0) {
            return new EntryParse(null, "not a registration line: expected " + EXPECTED_ENTRY);
        }
        String stamp = line.substring(0, dash);
        String rest = line.substring(dash + SEPARATOR.length());
        String name;
        String inviter;
        int invited = rest.indexOf(INVITED);
        if (invited >= 0) {
            name = rest.substring(0, invited);
            inviter = rest.substring(invited + INVITED.length());
        } else if (rest.endsWith(DIRECT)) {
            name = rest.substring(0, rest.length() - DIRECT.length());
            inviter = null;
        } else {
            return new EntryParse(null, "not a registration line: expected " + EXPECTED_ENTRY);
        }
        Optional<LocalDateTime> at = ArchiveTime.parseTs(stamp);
        if (at.isEmpty()) {
            return new EntryParse(null, "unparsable timestamp '" + stamp + "' (expected '<Month DD YYYY> at <HH:MM>')");
        }
        return new EntryParse(new Registration(at.get(), name, inviter), null);
    }
}
