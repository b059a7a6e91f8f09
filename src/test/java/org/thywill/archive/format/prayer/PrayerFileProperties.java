package org.thywill.archive.format.prayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.thywill.archive.format.Parsed;

/** write → read is the identity for arbitrary prayer files, and read → write gives the same bytes back. */
class PrayerFileProperties {

    /** Pieces that stress the structure: markers, header-like and activity-like lines, separators, unicode. */
    private static final List<String> FRAGMENTS = List.of("\n", "\n\n", "\n\n\n", ":", ": ", " - ", " at ", " by ", "'",
            "' to '", "  ", "\t", "\\", "\\n", "Prayer x by y", "Prayer temp by Pat", "Submitted July 06 2025 at 12:07",
            "Submitted ", "Project: ", "Audience: all", "Category: health", "Safety Score: 0.9", "Generated Prayer:",
            "\n\nGenerated Prayer:\n", "Activity:", "\n\nActivity:\n", "July 06 2025 at 12:10 - Pat prayed this prayer",
            "January 02 2024 at 03:04 - Mary Ann added testimony: ", "added testimony: ", " (encoded): ",
            " set answered to 'true'", " removed archived (was 'true')", "prayed this prayer", "李明", "🙏", "Zoë",
            "שלום", "Amen.", "Lord", "x", "a b", "God is good: she is home");
    private static final List<String> NAMES = List.of("Pat", "Mary Ann", "Anne - Marie", "Joy at Dawn", "D'Angelo Price",
            "李明", "J.R. Smith", "Zoë Kraus", "Łukasz Wójcik", "a", "faith_walker_77", "Bob - at - Sue", "Mary Beth Carter",
            " lead space", "trail space ", "O'Brien at Home - Office");
    private static final List<String> ACTION_NAMES = List.of("answered", "answer_date", "answer_testimony", "archived",
            "daily_priority", "flagged", "x", "custom_flag_2");

    private final PrayerFileWriter writer = new PrayerFileWriter();
    private final PrayerFileReader reader = new PrayerFileReader();

    @Property(tries = 1000)
    void writeThenReadIsTheIdentity(@ForAll("anyPrayerFile") PrayerFile prayer) {
        boolean writable = PrayerFileWriter.canWrite(prayer);
        Statistics.collect(writable ? "writable" : "refused");
        Assume.that(writable);

        assertRoundTrip(prayer);
    }

    @Property(tries = 1000)
    void realisticPrayerFilesAreAlwaysWritableAndRoundTrip(@ForAll("realisticPrayerFile") PrayerFile prayer) {
        assertThat(PrayerFileWriter.canWrite(prayer)).isTrue();
        assertRoundTrip(prayer);
    }

    @Property(tries = 1000)
    void testimonyEscapeDecodesWhatItEncodes(@ForAll("text") String text) {
        assertThat(TestimonyEscape.decode(TestimonyEscape.encode(text))).contains(text);
        assertThat(TestimonyEscape.needsEncoding(TestimonyEscape.encode(text))).isFalse();
    }

    @Property(tries = 1000)
    void prayerFilePathsReadBackToWhatMadeThem(@ForAll @IntRange(min = 1900, max = 9999) int year,
                                     @ForAll @IntRange(min = 1, max = 12) int month,
                                     @ForAll @IntRange(min = 1, max = 28) int day,
                                     @ForAll @IntRange(min = 0, max = 1439) int minuteOfDay,
                                     @ForAll @IntRange(min = 1, max = 500) int suffix) {
        PrayerFileName name = new PrayerFileName(
                LocalDateTime.of(year, month, day, minuteOfDay / 60, minuteOfDay % 60), suffix);

        assertThat(PrayerFileNames.parseRelativePath(name.relativePath())).isEqualTo(Optional.of(name));
    }
    private void assertRoundTrip(PrayerFile prayer) {
        String text = writer.write(prayer);
        Parsed<PrayerFile> back = reader.read(text);

        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(prayer);
        assertThat(writer.write(back.value())).isEqualTo(text);
    }

    // ---- generators ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(FRAGMENTS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("\r\n \t:'-\\").ofMaxLength(3)));
        return piece.list().ofMaxSize(10).map(l -> String.join("", l));
    }

    private Arbitrary<String> oneLine() {
        return text().map(s -> s.replace("\n", "").replace("\r", ""));
    }

    private Arbitrary<String> name() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(NAMES)),
                net.jqwik.api.Tuple.of(1, oneLine().filter(s -> !s.isEmpty())));
    }

    private Arbitrary<LocalDateTime> minute() {
        return Combinators.combine(Arbitraries.integers().between(1990, 2100), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(0, 59))
                .as(LocalDateTime::of);
    }

    private Arbitrary<String> id() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().withChars("0123456789abcdef").ofLength(32)),
                net.jqwik.api.Tuple.of(1, oneLine().filter(s -> !s.contains(" by ") && !s.equals("temp"))));
    }

    private Arbitrary<Categorization> categorization() {
        return oneLine().list().ofSize(6).map(Categorization::of);
    }

    private Arbitrary<PrayerHeader> header(Arbitrary<String> names, Arbitrary<String> oneLineValues) {
        return Combinators.combine(id(), names, minute(), oneLineValues.injectNull(0.5), oneLineValues.injectNull(0.7),
                        categorization().injectNull(0.7))
                .as((id, author, submitted, tag, audience, cat) ->
                        new PrayerHeader(id, author, submitted, tag, audience, cat, List.of()));
    }

    private Arbitrary<TimedEntry> entry(Arbitrary<String> users, Arbitrary<String> values, boolean rawTestimonies) {
        Arbitrary<TimedEntry> standard = Combinators.combine(minute(), users, Arbitraries.of(StandardAction.class))
                .as(StandardEntry::new);
        Arbitrary<TimedEntry> testimony = Combinators.combine(minute(), users, text()).as(TestimonyEntry::of);
        Arbitrary<TimedEntry> rawTestimony = Combinators.combine(minute(), users, text())
                .as((at, user, t) -> new TestimonyEntry(at, user, t, false));
        Arbitrary<TimedEntry> set = Combinators.combine(minute(), users, Arbitraries.of(ACTION_NAMES),
                values.injectNull(0.5), values).as(SetEntry::new);
        Arbitrary<TimedEntry> removed = Combinators.combine(minute(), users, Arbitraries.of(ACTION_NAMES), values)
                .as(RemovedEntry::new);
        Arbitrary<TimedEntry> other = Combinators.combine(minute(), users, Arbitraries.of(ACTION_NAMES),
                values.injectNull(0.5)).as(OtherEntry::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, standard),
                net.jqwik.api.Tuple.of(3, testimony),
                net.jqwik.api.Tuple.of(rawTestimonies ? 1 : 0, rawTestimony),
                net.jqwik.api.Tuple.of(2, set),
                net.jqwik.api.Tuple.of(1, removed),
                net.jqwik.api.Tuple.of(1, other));
    }

    @Provide
    Arbitrary<PrayerFile> anyPrayerFile() {
        Arbitrary<List<ActivityEntry>> activity = entry(name(), text(), true).map(e -> (ActivityEntry) e)
                .list().ofMaxSize(8);
        return Combinators.combine(header(name(), oneLine()), text(), text().injectNull(0.3), activity)
                .as(PrayerFile::new);
    }

    /**
     * What a live community produces: real display names, any request text, a generated prayer, live
     * testimonies (encoded when multi-line) and heal phrasings whose old value has no {@code "' to '"}.
     */
    @Provide
    Arbitrary<PrayerFile> realisticPrayerFile() {
        Arbitrary<String> names = Arbitraries.of(NAMES);
        Arbitrary<String> values = oneLine().filter(v -> !v.contains("' to '"));
        Arbitrary<List<ActivityEntry>> activity = entry(names, values, false).map(e -> (ActivityEntry) e)
                .list().ofMaxSize(8);
        Arbitrary<String> generated = text().filter(g -> !("\n" + g).contains("\n\nGenerated Prayer:\n"));
        return Combinators.combine(header(names, oneLine()), text(), generated.injectNull(0.2), activity)
                .as(PrayerFile::new);
    }
}
