package org.thywill.archive.format.activity;

import static org.thywill.archive.format.activity.ActivityFileWriter.HEADER_PREFIX;
import static org.thywill.archive.format.activity.ActivityFileWriter.SEPARATOR;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;

/**
 * Reads {@code activity/activity_YYYY_MM.txt} (reference §2.3, operations §8.3) by structure: the
 * header, blank lines, {@code <Month DD YYYY>} day headings, and entries. In an entry the time is
 * everything before the first {@code " - "} and the user everything after it up to the first known
 * action phrase, so {@code Anne - Marie}, {@code Joy at Dawn} and {@code Mary Ann} come through whole
 * (no first-word user, B7). The action's prayer ID is one word; a final {@code (…)} after it is the tag,
 * parentheses inside included. Lines it cannot understand are kept as {@link ActivityLine.Unrecognised}
 * and reported; an entry above the first day heading is kept and reported.
 */
public final class ActivityFileReader implements ArchiveReader<ActivityFile> {

    private static final Pattern DAY_SHAPE = Pattern.compile("[A-Za-z]+ \\d{1,2} \\d{4}");
    private static final Pattern TIME_SHAPE = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final String TAG = "(?: \\((.*)\\))?";
    private static final Map<ActivityAction, Pattern> PHRASES = Map.of(
            ActivityAction.SUBMITTED, phrase("(.*?) submitted prayer (\\S+)" + TAG),
            ActivityAction.PRAYED, phrase("(.*?) prayed for prayer (\\S+)" + TAG),
            ActivityAction.ANSWERED, phrase("(.*?) marked prayer (\\S+) as answered" + TAG),
            ActivityAction.ARCHIVED, phrase("(.*?) archived prayer (\\S+)" + TAG),
            ActivityAction.RESTORED, phrase("(.*?) restored prayer (\\S+)" + TAG),
            ActivityAction.REGISTERED_DIRECTLY, phrase("(.*?) registered directly()" + TAG),
            ActivityAction.REGISTERED_VIA_INVITATION, phrase("(.*?) registered via invitation from (.*)"));
    /** The literal each phrase needs: a line without it cannot match, so its pattern is not even tried. */
    private static final Map<ActivityAction, String> LITERALS = Map.of(
            ActivityAction.SUBMITTED, " submitted prayer ",
            ActivityAction.PRAYED, " prayed for prayer ",
            ActivityAction.ANSWERED, " marked prayer ",
            ActivityAction.ARCHIVED, " archived prayer ",
            ActivityAction.RESTORED, " restored prayer ",
            ActivityAction.REGISTERED_DIRECTLY, " registered directly",
            ActivityAction.REGISTERED_VIA_INVITATION, " registered via invitation from ");
    static final String EXPECTED_HEADER = "'Activity for <Month YYYY>'";
    static final String EXPECTED_LINE = "expected '<HH:MM> - <user> <action>' or a '<Month DD YYYY>' day heading";

    @Override
    public Parsed<ActivityFile> read(String text) {
        TextLines t = TextLines.split(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<ActivityLine> lines = new ArrayList<>(t.size());
        if (t.size() == 0) {
            diagnostics.add(Diagnostic.ofFile("empty file: expected the header " + EXPECTED_HEADER));
        }
        boolean seenDay = false;
        for (int i = 0; i < t.size(); i++) {
            int number = i + 1;
            ActivityLine line = readLine(t.get(i), number, diagnostics);
            if (line instanceof ActivityLine.DayHeading) {
                seenDay = true;
            } else if (line instanceof ActivityLine.Entry && !seenDay) {
                diagnostics.add(Diagnostic.atLine(number, "entry above the first day heading: its day is unknown"));
            }
            lines.add(line);
        }
        if (t.size() > 0 && !t.endsWithNewline()) {
            diagnostics.add(Diagnostic.atLine(t.size(), "no newline at end of file: the last line may be truncated"));
        }
        return new Parsed<>(new ActivityFile(lines, t.endsWithNewline()), diagnostics);
    }

    private static ActivityLine readLine(String line, int number, List<Diagnostic> diagnostics) {
        if (line.indexOf('\r') >= 0) {
            diagnostics.add(Diagnostic.atLine(number, "carriage return in line (CRLF line endings?); line kept unread"));
            return new ActivityLine.Unrecognised(line);
        }
        if (line.isEmpty()) {
            return new ActivityLine.Blank();
        }
        if (line.startsWith(HEADER_PREFIX)) {
            if (number != 1) {
                diagnostics.add(Diagnostic.atLine(number, "header line out of place (the header belongs on line 1)"));
                return new ActivityLine.Unrecognised(line);
            }
            String month = line.substring(HEADER_PREFIX.length());
            Optional<YearMonth> parsed = ArchiveTime.parseMonthYear(month);
            if (parsed.isEmpty()) {
                diagnostics.add(Diagnostic.atLine(number, "header month '" + month + "' is not a '<Month YYYY>'"));
                return new ActivityLine.Unrecognised(line);
            }
            return new ActivityLine.Header(parsed.get(), line);
        }
        if (number == 1) {
            diagnostics.add(Diagnostic.atLine(1, "missing header: expected " + EXPECTED_HEADER));
        }
        if (DAY_SHAPE.matcher(line).matches()) {
            Optional<LocalDate> day = ArchiveTime.parseDay(line);
            if (day.isEmpty()) {
                diagnostics.add(Diagnostic.atLine(number, "bad day heading '" + line + "': not a '<Month DD YYYY>' date"));
                return new ActivityLine.Unrecognised(line);
            }
            return new ActivityLine.DayHeading(day.get(), line);
        }
        EntryParse parse = parseEntry(line);
        if (parse.entry() == null) {
            diagnostics.add(Diagnostic.atLine(number, parse.problem()));
            return new ActivityLine.Unrecognised(line);
        }
        return new ActivityLine.Entry(parse.entry(), line);
    }

    /** DOTALL: a name may hold U+0085, U+2028 or U+2029, which {@code .} would not match otherwise. */
    private static Pattern phrase(String regex) {
        return Pattern.compile(regex, Pattern.DOTALL);
    }

    /** What one entry line means, or why it means nothing. */
    record EntryParse(ActivityEntry entry, String problem) {
    }

    static EntryParse parseEntry(String line) {
        int dash = line.indexOf(SEPARATOR);
        String stamp = dash < 0 ? line : line.substring(0, dash);
        if (dash < 0 || !TIME_SHAPE.matcher(stamp).matches()) {
            return new EntryParse(null, "not an activity line: " + EXPECTED_LINE);
        }
        Optional<LocalTime> time = ArchiveTime.parseHm(stamp);
        if (time.isEmpty()) {
            return new EntryParse(null, "unparsable time '" + stamp + "' (expected HH:MM)");
        }
        String rest = line.substring(dash + SEPARATOR.length());
        ActivityAction action = null;
        Matcher best = null;
        for (Map.Entry<ActivityAction, Pattern> phrase : PHRASES.entrySet()) {
            if (!rest.contains(LITERALS.get(phrase.getKey()))) {
                continue;
            }
            Matcher m = phrase.getValue().matcher(rest);
            // The user is everything before the FIRST known phrase: of all readings, the shortest user wins.
            if (m.matches() && (best == null || m.end(1) < best.end(1))) {
                action = phrase.getKey();
                best = m;
            }
        }
        if (best == null) {
            return new EntryParse(null, "unknown activity '" + rest + "': no known action phrase");
        }
        return new EntryParse(toEntry(time.get(), action, best), null);
    }

    private static ActivityEntry toEntry(LocalTime time, ActivityAction action, Matcher m) {
        String user = m.group(1);
        if (action == ActivityAction.REGISTERED_VIA_INVITATION) {
            return new ActivityEntry(time, user, action, null, null, m.group(2));
        }
        String prayerId = action.namesPrayer() ? m.group(2) : null;
        return new ActivityEntry(time, user, action, prayerId, m.group(3), null);
    }
}
