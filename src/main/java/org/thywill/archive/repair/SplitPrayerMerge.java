package org.thywill.archive.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.format.prayer.PrayerHeader;
import org.thywill.archive.format.prayer.TimedEntry;

/**
 * One prayer's copies (the same id in the header of several {@code _N} files of its minute, left by the original's
 * heal, B35) merged into one file. The copies must tell the same prayer: same author and submission minute, same
 * request text; a project tag, audience, categorization block or generated prayer may be missing from a copy (the
 * original's heal wrote none of the last three) but two different values are a conflict. The activity sections are
 * merged by {@link ActivityMerge}. The result must be writable and read back as itself.
 */
final class SplitPrayerMerge {

    /** One copy: its path under the archive root and what it holds. */
    record Copy(String relative, PrayerFile file) {
    }

    /** The merged file and its text, or why the copies cannot be merged. */
    record Result(PrayerFile merged, String text, String conflict) {
        boolean ok() {
            return conflict == null;
        }

        static Result conflict(String why) {
            return new Result(null, null, why);
        }
    }

    private SplitPrayerMerge() {
    }

    /** @param copies every copy, the file to keep first */
    static Result merge(List<Copy> copies) {
        Copy first = copies.get(0);
        PrayerHeader h = first.file().header();
        String request = first.file().requestText();
        String generated = first.file().generatedPrayer();
        String projectTag = h.projectTag();
        String audience = h.audience();
        var categorization = h.categorization();
        List<List<TimedEntry>> activities = new ArrayList<>();
        for (Copy c : copies) {
            PrayerHeader other = c.file().header();
            if (!other.author().equals(h.author())) {
                return differ(first, c, "author", h.author(), other.author());
            }
            if (!Objects.equals(other.submitted(), h.submitted())) {
                return differ(first, c, "Submitted time", String.valueOf(h.submitted()), String.valueOf(other.submitted()));
            }
            if (!c.file().requestText().equals(request)) {
                return Result.conflict("prayer " + h.id() + ": the request text of " + c.relative() + " differs from "
                        + first.relative() + "'s");
            }
            Optional<String> clash = Stream.of(
                    clash(first, c, "generated prayer", generated, c.file().generatedPrayer(), Function.identity()),
                    clash(first, c, "project tag", projectTag, other.projectTag(), Function.identity()),
                    clash(first, c, "audience", audience, other.audience(), Function.identity()),
                    clash(first, c, "categorization", categorization, other.categorization(), String::valueOf))
                    .flatMap(Optional::stream).findFirst();
            if (clash.isPresent()) {
                return Result.conflict(clash.get());
            }
            generated = generated != null ? generated : c.file().generatedPrayer();
            projectTag = projectTag != null ? projectTag : other.projectTag();
            audience = audience != null ? audience : other.audience();
            categorization = categorization != null ? categorization : other.categorization();
            activities.add(timed(c.file().activity()));
        }
        Optional<List<TimedEntry>> activity = ActivityMerge.merge(activities);
        if (activity.isEmpty()) {
            return Result.conflict("prayer " + h.id() + ": the activity of " + names(copies) + " tells histories that"
                    + " disagree: no order of all their lines imports as the copies do together");
        }
        PrayerHeader header = new PrayerHeader(h.id(), h.author(), h.submitted(), projectTag, audience, categorization,
                h.unrecognisedLines());
        PrayerFile merged = new PrayerFile(header, request, generated, List.<ActivityEntry>copyOf(activity.get()));
        String text;
        try {
            text = new PrayerFileWriter().write(merged);
        } catch (IllegalArgumentException e) {
            return Result.conflict("prayer " + h.id() + ": the merged file cannot be written: " + e.getMessage());
        }
        Parsed<PrayerFile> back = new PrayerFileReader().read(text);
        if (!back.isClean() || !back.value().equals(merged)) {
            return Result.conflict("prayer " + h.id() + ": the merged file would not read back as written");
        }
        return new Result(merged, text, null);
    }

    private static <T> Optional<String> clash(Copy first, Copy c, String what, T mine, T theirs,
                                                   Function<T, String> show) {
        if (mine != null && theirs != null && !mine.equals(theirs)) {
            return Optional.of("prayer " + first.file().header().id() + ": " + what + " '" + show.apply(mine) + "' in "
                    + first.relative() + ", '" + show.apply(theirs) + "' in " + c.relative());
        }
        return Optional.empty();
    }

    private static Result differ(Copy first, Copy c, String what, String mine, String theirs) {
        return Result.conflict("prayer " + first.file().header().id() + ": " + what + " '" + mine + "' in "
                + first.relative() + ", '" + theirs + "' in " + c.relative());
    }

    private static List<TimedEntry> timed(List<ActivityEntry> activity) {
        return activity.stream().filter(TimedEntry.class::isInstance).map(TimedEntry.class::cast).toList();
    }

    private static String names(List<Copy> copies) {
        return String.join(", ", copies.stream().map(Copy::relative).toList());
    }
}
