package org.thywill.archive.format.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.TextLines;

/**
 * Writes {@code activity/activity_YYYY_MM.txt} as the original does: {@code Activity for <Month YYYY>},
 * a blank line, and for each day a blank line, the {@code <Month DD YYYY>} heading and entries
 * {@code <HH:MM> - <user> <action text>[ (<tag>)]}, every line ending in {@code \n}.
 *
 * <p>What the format cannot carry, and what {@link #entry} therefore refuses with an
 * {@link IllegalArgumentException} rather than write a line that reads back differently: a line break
 * in any field; a prayer ID that is empty or holds whitespace; a user name containing one of the action
 * phrases ({@code " submitted prayer "}, {@code " prayed for prayer "}, {@code " marked prayer "},
 * {@code " archived prayer "}, {@code " restored prayer "}, {@code " registered directly"},
 * {@code " registered via invitation from "}) where it would be read as the action; and seconds (an
 * entry keeps its minute; the line's entry holds the time truncated to the minute).
 */
public final class ActivityFileWriter implements ArchiveWriter<ActivityFile> {

    static final String HEADER_PREFIX = "Activity for ";
    static final String SEPARATOR = " - ";

    @Override
    public String write(ActivityFile file) {
        return TextLines.join(file.lines().stream().map(ActivityLine::text).toList(), file.endsWithNewline());
    }

    public static String header(YearMonth month) {
        return HEADER_PREFIX + ArchiveTime.monthYear(month);
    }

    public static String dayHeading(LocalDate day) {
        return ArchiveTime.day(day);
    }

    /** The entry's line, without its newline. */
    public static String line(ActivityEntry entry) {
        return entry(entry).text();
    }

    /**
     * The exact text the original appends to {@code file} for {@code entry} on {@code day}:
     * {@code \n<DAY>\n<entry>\n} when the day needs a heading ({@link ActivityFile#needsDayHeading}),
     * else {@code <entry>\n}. Unlike the original, a file whose last line lacks its newline gets one
     * first instead of having the entry glued onto that line.
     */
    public static String appendText(ActivityFile file, LocalDate day, ActivityEntry entry) {
        StringBuilder sb = new StringBuilder();
        if (!file.lines().isEmpty() && !file.endsWithNewline()) {
            sb.append('\n');
        }
        if (file.needsDayHeading(day)) {
            sb.append('\n').append(dayHeading(day)).append('\n');
        }
        return sb.append(line(entry)).append('\n').toString();
    }

    static ActivityLine.Entry entry(ActivityEntry entry) {
        ActivityEntry atMinute = new ActivityEntry(entry.time().truncatedTo(ChronoUnit.MINUTES), entry.user(),
                entry.action(), entry.prayerId(), entry.tag(), entry.inviter());
        requireOneLine("user", atMinute.user());
        requireOneLine("prayer ID", atMinute.prayerId());
        requireOneLine("tag", atMinute.tag());
        requireOneLine("inviter", atMinute.inviter());
        String text = ArchiveTime.hm(atMinute.time()) + SEPARATOR + atMinute.user() + " " + actionText(atMinute)
                + (atMinute.tag() == null ? "" : " (" + atMinute.tag() + ")");
        ActivityEntry readBack = ActivityFileReader.parseEntry(text).entry();
        if (!atMinute.equals(readBack)) {
            throw new IllegalArgumentException("activity entry " + entry + " cannot be written losslessly: its line '"
                    + text + "' reads back as " + readBack);
        }
        return new ActivityLine.Entry(atMinute, text);
    }

    private static String actionText(ActivityEntry e) {
        return switch (e.action()) {
            case SUBMITTED -> "submitted prayer " + e.prayerId();
            case PRAYED -> "prayed for prayer " + e.prayerId();
            case ANSWERED -> "marked prayer " + e.prayerId() + " as answered";
            case ARCHIVED -> "archived prayer " + e.prayerId();
            case RESTORED -> "restored prayer " + e.prayerId();
            case REGISTERED_DIRECTLY -> "registered directly";
            case REGISTERED_VIA_INVITATION -> "registered via invitation from " + e.inviter();
        };
    }

    private static void requireOneLine(String field, String value) {
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException(field + " contains a line break, which an activity line cannot carry: "
                    + value);
        }
    }
}
