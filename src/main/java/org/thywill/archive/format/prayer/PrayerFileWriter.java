package org.thywill.archive.format.prayer;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.Parsed;

/**
 * Writes a prayer file exactly as the original does (reference §2.1, §8): the header lines, a blank line,
 * the request text, a blank line, {@code Generated Prayer:} + the generated prayer + a blank line only when
 * there is one, {@code Activity:}, then one line per activity, each ending with {@code \n}:
 * {@code <TS> - <user> <phrase>} with the live phrases, the heal phrasings {@code set <name> to '<new>'},
 * {@code set <name> from '<old>' to '<new>'}, {@code removed <name> (was '<old>')} and
 * {@code <action>[: <extra>]}. Unrecognised lines are written back verbatim.
 *
 * <p>What the format cannot carry, and what this writer does about it:
 * <ul>
 *   <li><b>Testimony with a line break</b> (LF or CR): written in the encoded form of
 *       {@link TestimonyEscape} when the entry says {@code encoded} (as {@link TestimonyEntry#of} does for such
 *       texts). A non-encoded multi-line testimony (read from an original file) is written raw, as the
 *       original did; its continuation lines must not read as activity lines.</li>
 *   <li><b>Request text containing {@code \n\nGenerated Prayer:\n}</b> while there is no generated prayer:
 *       the reader takes the last such marker as the start of the generated prayer, so the writer adds an
 *       explicit empty generated section ({@code \n\nGenerated Prayer:\n} right before the blank line and
 *       {@code Activity:}), which the reader reads as "no generated prayer". This is the only case where our
 *       bytes differ from the original's, and the original's parser already misreads such a text (B4).</li>
 *   <li><b>Generated prayer that would put another {@code \n\nGenerated Prayer:\n} after the section's own
 *       marker</b>: refused. Request texts are free: any {@code Activity:}/{@code Generated Prayer:}/header-like
 *       line is fine.</li>
 *   <li><b>One-line fields</b> (id, author, project tag, audience, categorization values, users, set/removed
 *       names and values except as noted): no LF or CR. The id must not contain {@code " by "} (the author
 *       starts after the first one). An activity whose line would read back as a different activity (e.g. a
 *       set old value containing {@code "' to '"}, a user ending in a phrase) is refused, as is an activity
 *       that would contain a {@code \n\nActivity:\n} of its own when appended alone; in a whole file it may
 *       (a raw testimony read from an original file) if the file reads back as itself. Quoted set/removed
 *       values may contain line breaks (the heal writer writes them raw) as long as the result reads back the
 *       same.</li>
 * </ul>
 * Refusals throw {@link IllegalArgumentException}; {@link #canWrite} checks without throwing.
 */
public final class PrayerFileWriter implements ArchiveWriter<PrayerFile> {

    @Override
    public String write(PrayerFile file) {
        StringBuilder sb = new StringBuilder();
        if (file.hasHeader()) {
            sb.append(creationText(file.header(), file.requestText(), file.generatedPrayer()));
        }
        int activityStart = sb.length();
        for (ActivityEntry e : file.activity()) {
            sb.append(activityLine(e, false));
        }
        String text = sb.toString();
        // A raw testimony may hold a blank line and "Activity:", and so may two unrecognised lines (the reader takes
        // the last such marker whose section reads clean). Whether the file still reads as itself only the whole
        // file can say. The search starts one back: the creation text's last line break may begin a marker.
        if (text.indexOf(PrayerFileReader.ACTIVITY_MARKER, Math.max(0, activityStart - 1)) >= 0) {
            Parsed<PrayerFile> back = new PrayerFileReader().read(text); // its diagnostics, if any, are the file's
            if (!back.value().equals(file)) {
                throw new IllegalArgumentException("an activity holds a `\n\nActivity:\n` that would split the"
                        + " file elsewhere when read back");
            }
        }
        return text;
    }

    /** Whether {@link #write} accepts the file (see the class comment for what it refuses). */
    public static boolean canWrite(PrayerFile file) {
        try {
            new PrayerFileWriter().write(file);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The file as the original creates it, before any activity: header, request, optional generated
     * prayer, ending with {@code Activity:\n}.
     */
    public static String creationText(PrayerHeader header, String requestText, String generatedPrayer) {
        List<String> lines = new ArrayList<>(headerLines(header));
        lines.add("");
        lines.add(requestText);
        lines.add("");
        boolean hasGenerated = generatedPrayer != null && !generatedPrayer.isEmpty();
        if (hasGenerated) {
            String section = PrayerFileReader.GENERATED_MARKER + generatedPrayer;
            if (section.lastIndexOf(PrayerFileReader.GENERATED_MARKER) != 0) {
                throw new IllegalArgumentException("generated prayer would contain a `\\n\\nGenerated Prayer:\\n`"
                        + " boundary of its own and could not be read back");
            }
            lines.add("Generated Prayer:");
            lines.add(generatedPrayer);
            lines.add("");
        } else if (requestText.contains(PrayerFileReader.GENERATED_MARKER)) {
            // the section of an empty generated prayer: the reader's "no generated prayer" terminator
            lines.add("Generated Prayer:");
            lines.add("");
            lines.add("");
        }
        lines.add("Activity:");
        lines.add("");
        return String.join("\n", lines);
    }

    /** The header lines, in order. */
    static List<String> headerLines(PrayerHeader h) {
        if (h.id().contains(PrayerFileReader.HEADER_BY)) {
            throw new IllegalArgumentException("prayer id `" + h.id() + "` contains ` by `");
        }
        List<String> lines = new ArrayList<>();
        lines.add(oneLine(PrayerFileReader.HEADER_PREFIX + h.id() + PrayerFileReader.HEADER_BY + h.author()));
        if (h.submitted() != null) {
            lines.add(PrayerFileReader.SUBMITTED_PREFIX + ArchiveTime.ts(h.submitted()));
        }
        if (h.projectTag() != null) {
            lines.add(oneLine(PrayerFileReader.PROJECT_PREFIX + h.projectTag()));
        }
        if (h.audience() != null) {
            lines.add(oneLine(PrayerFileReader.AUDIENCE_PREFIX + h.audience()));
        }
        if (h.categorization() != null) {
            List<String> values = h.categorization().values();
            for (int i = 0; i < values.size(); i++) {
                lines.add(oneLine(Categorization.KEYS.get(i) + ": " + values.get(i)));
            }
        }
        for (String line : h.unrecognisedLines()) {
            if (line.isEmpty()) {
                throw new IllegalArgumentException("an empty header line would end the header");
            }
            lines.add(oneLine(line));
        }
        return lines;
    }

    /**
     * The exact text to append for one activity: its line (and, for a raw multi-line testimony or quoted
     * value, its continuation lines) followed by {@code \n}, as the original's append writes
     * {@code content + "\n"}.
     *
     * @throws IllegalArgumentException when the entry would not read back as itself
     */
    public static String activityLine(ActivityEntry entry) {
        return activityLine(entry, true);
    }

    /**
     * @param alone the line is appended to a file as it is, so it must not hold an {@code \n\nActivity:\n}
     *              (in a file without a header that would make one); {@link #write} checks the whole file instead
     */
    private static String activityLine(ActivityEntry entry, boolean alone) {
        if (entry instanceof UnrecognisedLine u) {
            if (u.text().indexOf('\n') >= 0) {
                throw new IllegalArgumentException("an unrecognised line cannot contain a line feed");
            }
            return u.text() + "\n";
        }
        TimedEntry t = (TimedEntry) entry;
        if (t.user().isEmpty() || t.user().indexOf('\n') >= 0 || t.user().indexOf('\r') >= 0) {
            throw new IllegalArgumentException("user must be a non-empty one-line name: `" + t.user() + "`");
        }
        String line = ArchiveTime.ts(t.at()) + ActivityLineParser.SEPARATOR + t.user() + " " + phrase(t) + "\n";
        ActivitySection.Result back = ActivitySection.read(line, 1);
        if (!back.isClean() || !back.entries().equals(List.of(entry))
                || alone && line.contains(PrayerFileReader.ACTIVITY_MARKER)) {
            throw new IllegalArgumentException("activity cannot be written so that it reads back the same: " + entry);
        }
        return line;
    }

    private static String phrase(TimedEntry t) {
        if (t instanceof StandardEntry s) {
            return s.action().phrase();
        }
        if (t instanceof TestimonyEntry x) {
            return x.encoded()
                    ? ActivityLineParser.TESTIMONY_ENCODED + TestimonyEscape.encode(x.text())
                    : ActivityLineParser.TESTIMONY_PLAIN + x.text();
        }
        if (t instanceof SetEntry s) {
            return s.oldValue() == null
                    ? "set " + s.name() + " to '" + s.newValue() + "'"
                    : "set " + s.name() + " from '" + s.oldValue() + "' to '" + s.newValue() + "'";
        }
        if (t instanceof RemovedEntry r) {
            return "removed " + r.name() + " (was '" + r.oldValue() + "')";
        }
        OtherEntry o = (OtherEntry) t;
        return o.extra() == null ? o.action() : o.action() + ": " + o.extra();
    }

    private static String oneLine(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("header line would contain a line break: `" + line + "`");
        }
        return line;
    }
}
