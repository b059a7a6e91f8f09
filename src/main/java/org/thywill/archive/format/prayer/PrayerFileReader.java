package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

/**
 * Reads a prayer file by its structure, never by guessing from line content (reference §2.1; it fixes
 * B1–B9 and B14–B16). The original writes
 * {@code <header lines>\n\n<request>\n\n[Generated Prayer:\n<generated>\n\n]Activity:\n<activity lines>}.
 * So:
 * <ul>
 *   <li>The <b>header</b> is every line before the first blank line. {@code Prayer <id> by <author>}: the id
 *       is before the first {@code " by "}, the author is all the rest. Then {@code Submitted <TS>}, and
 *       optionally {@code Project: }, {@code Audience: } and the six categorization lines, in that order.
 *       Categorization is read from the header only (B6).</li>
 *   <li>The <b>activity marker</b> is a {@code \n\nActivity:\n} after the header: the last one whose
 *       remainder reads as a clean activity section; if none does, the last one. A request or generated
 *       prayer may therefore contain {@code Activity:} lines, and even whole activity lines (B4).</li>
 *   <li>Between header and marker lies the <b>body</b>. Its generated section starts at the last
 *       {@code \n\nGenerated Prayer:\n}; the request text is everything before it. When nothing follows that
 *       last marker, it is the explicit "no generated prayer" terminator {@link PrayerFileWriter} writes
 *       after a request text that itself contains the marker, and the generated prayer is {@code null}.
 *       Without the marker the whole body is the request text. Nothing is trimmed (B1–B5).</li>
 *   <li>The <b>activity section</b> is read by {@link ActivitySection}; testimony continuation lines join
 *       their testimony (B9), users are whole display names (B7, B8).</li>
 *   <li>A file whose first line is not a {@code Prayer … by …} header is read as a headerless activity
 *       file (B16), with a diagnostic on line 1.</li>
 * </ul>
 * Lines it does not understand are kept (as {@link UnrecognisedLine} or
 * {@link PrayerHeader#unrecognisedLines()}) and reported as diagnostics. Timestamps are read leniently
 * (unpadded day or hour, seconds, any case: reference §9) and written back canonically.
 *
 * <p>Limits of the original format (files the original wrote; our writer never produces them):
 * a request text containing {@code \n\nGenerated Prayer:\n} in a file without a generated prayer cannot be
 * told from a generated prayer, and is read by the rule above; a raw testimony continuation line that is
 * itself a whole activity line, or that forms a blank line followed by {@code Activity:}, reads as what
 * it looks like (B9's limit, now confined to such lines).
 */
public final class PrayerFileReader implements ArchiveReader<PrayerFile> {

    static final String HEADER_PREFIX = "Prayer ";
    static final String HEADER_BY = " by ";
    static final String SUBMITTED_PREFIX = "Submitted ";
    static final String PROJECT_PREFIX = "Project: ";
    static final String AUDIENCE_PREFIX = "Audience: ";
    static final String ACTIVITY_MARKER = "\n\nActivity:\n";
    static final String GENERATED_MARKER = "\n\nGenerated Prayer:\n";
    static final String CRASH_ID = "temp";

    @Override
    public Parsed<PrayerFile> read(String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (text.isEmpty()) {
            diagnostics.add(Diagnostic.ofFile("empty file: no header and no activity"));
            return new Parsed<>(PrayerFile.headerless(List.of()), diagnostics);
        }
        int firstNewline = text.indexOf('\n');
        String firstLine = firstNewline < 0 ? text : text.substring(0, firstNewline);
        if (!isHeaderLine(firstLine)) {
            return readHeaderless(text, diagnostics);
        }
        int headerEnd = text.indexOf("\n\n");
        if (headerEnd < 0) {
            List<String> lines = List.of(text.split("\n", -1));
            List<String> headerLines = lines.get(lines.size() - 1).isEmpty() ? lines.subList(0, lines.size() - 1) : lines;
            PrayerHeader header = readHeader(headerLines, diagnostics);
            diagnostics.add(Diagnostic.atLine(headerLines.size(),
                    "no blank line after the header: the file has no request text and no Activity: section"));
            return new Parsed<>(new PrayerFile(header, "", null, List.of()), diagnostics);
        }
        PrayerHeader header = readHeader(List.of(text.substring(0, headerEnd).split("\n", -1)), diagnostics);
        int bodyStart = headerEnd + 2;

        int marker = -1;
        ActivitySection.Result activity = null;
        for (int p = text.lastIndexOf(ACTIVITY_MARKER); p >= bodyStart; p = text.lastIndexOf(ACTIVITY_MARKER, p - 1)) {
            ActivitySection.Result candidate = readActivityAfter(text, p);
            if (marker < 0) {
                marker = p;
                activity = candidate;
            }
            if (candidate.isClean()) {
                marker = p;
                activity = candidate;
                break;
            }
        }
        String body;
        List<ActivityEntry> entries;
        if (marker < 0) {
            diagnostics.add(Diagnostic.atLine(lineOf(text, text.length()),
                    "no `Activity:` line after a blank line: the file is truncated or not a prayer file"));
            body = text.substring(bodyStart);
            entries = List.of();
        } else {
            body = text.substring(bodyStart, marker);
            entries = activity.entries();
            diagnostics.addAll(activity.diagnostics());
        }

        String request = body;
        String generated = null;
        int g = body.lastIndexOf(GENERATED_MARKER);
        if (g >= 0) {
            request = body.substring(0, g);
            generated = body.substring(g + GENERATED_MARKER.length());
        }
        return new Parsed<>(new PrayerFile(header, request, generated, entries), diagnostics);
    }

    static boolean isHeaderLine(String line) {
        return line.startsWith(HEADER_PREFIX) && line.indexOf(HEADER_BY, HEADER_PREFIX.length()) >= 0;
    }

    private static Parsed<PrayerFile> readHeaderless(String text, List<Diagnostic> diagnostics) {
        diagnostics.add(Diagnostic.atLine(1, "no `Prayer <id> by <author>` header: the file holds only activity"
                + " lines (activity appended to a missing prayer file, B16)"));
        ActivitySection.Result activity = ActivitySection.read(text, 1);
        diagnostics.addAll(activity.diagnostics());
        return new Parsed<>(PrayerFile.headerless(activity.entries()), diagnostics);
    }

    private static ActivitySection.Result readActivityAfter(String text, int marker) {
        int start = marker + ACTIVITY_MARKER.length();
        return ActivitySection.read(text.substring(start), lineOf(text, start));
    }

    /** The 1-based number of the line holding character {@code offset}. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static PrayerHeader readHeader(List<String> lines, List<Diagnostic> diagnostics) {
        String first = lines.get(0);
        String afterPrefix = first.substring(HEADER_PREFIX.length());
        int by = afterPrefix.indexOf(HEADER_BY);
        String id = afterPrefix.substring(0, by);
        String author = afterPrefix.substring(by + HEADER_BY.length());
        if (id.equals(CRASH_ID)) {
            diagnostics.add(Diagnostic.atLine(1, "prayer id is `temp`: the original crashed between creating the"
                    + " file and writing the real id into it (B14); the file does not say which prayer it is"));
        }
        List<String> unrecognised = new ArrayList<>();
        LocalDateTime submitted = null;
        int i = 1;
        if (i < lines.size() && lines.get(i).startsWith(SUBMITTED_PREFIX)) {
            String ts = lines.get(i).substring(SUBMITTED_PREFIX.length());
            Optional<LocalDateTime> parsed = ts.equals(ts.strip()) ? ArchiveTime.parseTs(ts) : Optional.empty();
            if (parsed.isPresent()) {
                submitted = parsed.get();
            } else {
                diagnostics.add(Diagnostic.atLine(i + 1, "`" + ts + "` is not a `Month DD YYYY at HH:MM` timestamp"));
                unrecognised.add(lines.get(i));
            }
            i++;
        } else {
            diagnostics.add(Diagnostic.atLine(i + 1, "no `Submitted <Month DD YYYY at HH:MM>` line after the"
                    + " `Prayer … by …` line"));
        }
        String project = null;
        String audience = null;
        Categorization categorization = null;
        int stage = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (stage < 1 && line.startsWith(PROJECT_PREFIX) && line.length() > PROJECT_PREFIX.length()) {
                project = line.substring(PROJECT_PREFIX.length());
                stage = 1;
            } else if (stage < 2 && line.startsWith(AUDIENCE_PREFIX) && line.length() > AUDIENCE_PREFIX.length()) {
                audience = line.substring(AUDIENCE_PREFIX.length());
                stage = 2;
            } else if (stage < 3 && categorizationAt(lines, i) != null) {
                categorization = categorizationAt(lines, i);
                stage = 3;
                i += Categorization.KEYS.size() - 1;
            } else {
                diagnostics.add(Diagnostic.atLine(i + 1, "unrecognised header line `" + line + "` (expected, in"
                        + " order: Project:, Audience:, the six categorization lines, then a blank line)"));
                unrecognised.add(line);
            }
            i++;
        }
        return new PrayerHeader(id, author, submitted, project, audience, categorization, unrecognised);
    }

    /** The six categorization lines starting at line {@code i}, or {@code null}. */
    private static Categorization categorizationAt(List<String> lines, int i) {
        List<String> keys = Categorization.KEYS;
        if (i + keys.size() > lines.size()) {
            return null;
        }
        List<String> values = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            String prefix = keys.get(k) + ": ";
            String line = lines.get(i + k);
            if (!line.startsWith(prefix)) {
                return null;
            }
            values.add(line.substring(prefix.length()));
        }
        return Categorization.of(values);
    }
}
