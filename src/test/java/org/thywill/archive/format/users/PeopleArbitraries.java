package org.thywill.archive.format.users;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the people formats' properties: display names and free text made of awkward pieces
 * (spaces, {@code ' - '}, {@code ' at '}, apostrophes, {@code :}, {@code |}, parentheses, header-looking
 * text, CJK, RTL, emoji and other supplementary characters) and random characters, including the ones
 * Java regexes treat as line terminators (U+0085, U+2028, U+2029), but never {@code \n} or {@code \r}. Each property filters out what its
 * format documents it cannot carry.
 */
public final class PeopleArbitraries {

    private static final List<String> PIECES = List.of(
            "Anne - Marie", "Joy at Dawn", "D'Angelo Price", "Mary Ann", "O'Brien", "J.R. Smith", "李明", "Zoë",
            "Łukasz Wójcik", "José Núñez", "שלום", "🙏", "👨‍👩‍👧", "𝄞", " - ", " at ", "'", " ", "  ", "-", ":", ": ", "|", "||", "(",
            ")", " (x)", "&", "prayer", "joined", "by", "for", "admin", "system", "None", "true",
            "User Registrations for July 2025", "Activity for July 2025", "July 06 2025", "09:20 - ", "username: Pat",
            "Prayer Marks for July 2025", "Format: timestamp|prayer_id|user_id", "\t");

    private PeopleArbitraries() {
    }

    /** Text on one line: random characters and awkward pieces, possibly empty. */
    public static Arbitrary<String> oneLineText() {
        Arbitrary<String> random = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00A0', '\u024F')
                .withCharRange('\u05D0', '\u05EA')
                .withCharRange('\u4E00', '\u4E80')
                .withChars('\t', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\uFEFF', '\uFFFD')
                .ofMaxLength(10);
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        // Which of the four parts to keep: a bit mask is much cheaper to generate than a list.
        return Combinators.combine(random, piece, random, piece, Arbitraries.integers().between(0, 15))
                .as((r1, p1, r2, p2, keep) -> part(keep, 1, r1) + part(keep, 2, p1) + part(keep, 4, r2) + part(keep, 8, p2));
    }

    private static String part(int keep, int bit, String text) {
        return (keep & bit) != 0 ? text : "";
    }

    /** A display name: as {@link #oneLineText()}, never empty. */
    public static Arbitrary<String> name() {
        return oneLineText().filter(s -> !s.isEmpty());
    }

    public static Arbitrary<YearMonth> month() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2200), Arbitraries.integers().between(1, 12))
                .as(YearMonth::of);
    }

    public static Arbitrary<LocalDate> date() {
        return Combinators.combine(month(), Arbitraries.integers().between(1, 31))
                .as((m, d) -> m.atDay(Math.min(d, m.lengthOfMonth())));
    }

    public static Arbitrary<LocalTime> minute() {
        return Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                .as(LocalTime::of);
    }

    /** A date-time at minute precision, as an archive line keeps it. */
    public static Arbitrary<LocalDateTime> archiveMinute() {
        return Combinators.combine(date(), minute()).as(LocalDateTime::of);
    }

    /** A prayer ID: mostly the original's 32 hex digits, sometimes another single word. */
    public static Arbitrary<String> prayerId() {
        Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofLength(32);
        Arbitrary<String> word = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(12);
        return Arbitraries.frequencyOf(Tuple.of(4, hex), Tuple.of(1, word), Tuple.of(1, Arbitraries.of("temp", "42")));
    }
}
