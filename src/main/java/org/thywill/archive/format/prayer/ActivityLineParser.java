package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveTime;

/**
 * Parses one activity, {@code <TS> - <user> <phrase>}, given as its first line plus any continuation lines
 * joined by {@code \n}. The timestamp is everything before the first {@code " - "}; the user is everything
 * between that and the known phrase, so names with spaces, {@code " - "}, {@code " at "}, apostrophes and
 * non-ASCII letters survive. Only a testimony or a quoted {@code set}/{@code removed} value may span lines.
 *
 * <p>Phrases are tried in this order, and for each the leftmost user that fits wins:
 * <ol>
 *   <li>{@code added testimony: <text>} / {@code added testimony (encoded): <escaped>} at the first
 *       {@code " added testimony"} (the text is free, a display name is not);</li>
 *   <li>the fixed phrases of {@link StandardAction}, which end the line;</li>
 *   <li>{@code removed <name> (was '<old>')};</li>
 *   <li>{@code set <name> to '<new>'} and {@code set <name> from '<old>' to '<new>'} (the old value ends at
 *       the first {@code "' to '"});</li>
 *   <li>{@code <action>[: <extra>]} with {@code action} a log action name {@code [a-z][a-z0-9_]*}, unless
 *       the text opens a quoted {@code set}/{@code removed} value that is never closed.</li>
 * </ol>
 */
final class ActivityLineParser {

    static final String SEPARATOR = " - ";
    static final String TESTIMONY = " added testimony";
    static final String TESTIMONY_PLAIN = ": ";
    static final String TESTIMONY_ENCODED = " (encoded): ";

    private static final Pattern REMOVED = Pattern.compile("([^\\n]+?) removed (\\S+) \\(was '(.*)'\\)", Pattern.DOTALL);
    private static final Pattern SET = Pattern.compile(
            "([^\\n]+?) set (\\S+) (?:to '(.*)'|from '(.*?)' to '(.*)')", Pattern.DOTALL);
    private static final Pattern OTHER = Pattern.compile("([^\\n]+?) ([a-z][a-z0-9_]*)(?:: ([^\\n]+))?");
    /** The start of a quoted value that may continue on the next lines. */
    private static final Pattern OPENS_VALUE = Pattern.compile("[^\\n]+? (?:set \\S+ (?:to|from) '|removed \\S+ \\(was ')");

    static final String UNCLOSED_VALUE = "a quoted value opened with ' is not closed on this or the following lines";

    /** An entry, or the reason the text is not one. */
    record Result(TimedEntry entry, String failure) {
        boolean ok() {
            return entry != null;
        }

        static Result of(TimedEntry e) {
            return new Result(e, null);
        }

        static Result fail(String reason) {
            return new Result(null, reason);
        }
    }

    private ActivityLineParser() {
    }

    static Result parse(String text) {
        int dash = text.indexOf(SEPARATOR);
        int newline = text.indexOf('\n');
        if (dash < 0 || (newline >= 0 && newline < dash)) {
            return Result.fail(text.isEmpty() ? "blank line in the activity section"
                    : "not an activity line: no ` - ` after a timestamp");
        }
        String ts = text.substring(0, dash);
        Optional<LocalDateTime> at = ts.equals(ts.strip()) ? ArchiveTime.parseTs(ts) : Optional.empty();
        if (at.isEmpty()) {
            return Result.fail("not an activity line: `" + ts + "` is not a `Month DD YYYY at HH:MM` timestamp");
        }
        return parseAction(at.get(), text.substring(dash + SEPARATOR.length()));
    }

    /**
     * Whether the line starts a new activity: it is a whole activity line, or it opens a quoted value
     * that continues on the next lines. Any other line continues the activity above it.
     */
    static boolean startsActivity(String line) {
        if (line.indexOf('\n') >= 0) {
            return false;
        }
        if (parse(line).ok()) {
            return true;
        }
        int dash = line.indexOf(SEPARATOR);
        if (dash < 0) {
            return false;
        }
        String ts = line.substring(0, dash);
        return ts.equals(ts.strip()) && ArchiveTime.parseTs(ts).isPresent()
                && OPENS_VALUE.matcher(line.substring(dash + SEPARATOR.length())).lookingAt();
    }

    private static Result parseAction(LocalDateTime at, String rest) {
        for (int i = rest.indexOf(TESTIMONY); i > 0; i = rest.indexOf(TESTIMONY, i + 1)) {
            String user = rest.substring(0, i);
            if (user.indexOf('\n') >= 0) {
                break;
            }
            String after = rest.substring(i + TESTIMONY.length());
            if (after.startsWith(TESTIMONY_PLAIN)) {
                return Result.of(new TestimonyEntry(at, user, after.substring(TESTIMONY_PLAIN.length()), false));
            }
            if (after.startsWith(TESTIMONY_ENCODED)) {
                Optional<String> decoded = TestimonyEscape.decode(after.substring(TESTIMONY_ENCODED.length()));
                return decoded.map(t -> Result.of(new TestimonyEntry(at, user, t, true)))
                        .orElseGet(() -> Result.fail("encoded testimony with an invalid escape or a raw line break"
                                + " (only \\\\, \\n and \\r are defined)"));
            }
        }
        for (StandardAction a : StandardAction.values()) {
            String suffix = " " + a.phrase();
            if (rest.endsWith(suffix)) {
                String user = rest.substring(0, rest.length() - suffix.length());
                if (!user.isEmpty() && user.indexOf('\n') < 0) {
                    return Result.of(new StandardEntry(at, user, a));
                }
            }
        }
        Matcher m = REMOVED.matcher(rest);
        if (m.matches()) {
            return Result.of(new RemovedEntry(at, m.group(1), m.group(2), m.group(3)));
        }
        m = SET.matcher(rest);
        if (m.matches()) {
            return Result.of(m.group(3) != null
                    ? new SetEntry(at, m.group(1), m.group(2), null, m.group(3))
                    : new SetEntry(at, m.group(1), m.group(2), m.group(4), m.group(5)));
        }
        if (OPENS_VALUE.matcher(rest).lookingAt()) {
            return Result.fail(UNCLOSED_VALUE);
        }
        m = OTHER.matcher(rest);
        if (m.matches()) {
            return Result.of(new OtherEntry(at, m.group(1), m.group(2), m.group(3)));
        }
        return Result.fail("unknown activity phrase in `" + firstLine(rest) + "`");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + "…";
    }
}
