package org.thywill.archive.format.export;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the pipe-file property tests: timestamps at the precision each shape keeps, and text
 * made of atoms that stress the readers (unicode, spaces, {@code '}, {@code  - }, {@code  at }, colons,
 * {@code =}, backslashes, header-looking text, the None literals). No text ever holds a newline (except
 * {@link #multiLineText()}) or ends in {@code \}: see {@link RowLayout} for why no format can carry that.
 */
public final class RecordArbitraries {

    private static final List<String> ATOMS = List.of("a", "Z", "7", " ", "  ", "'", ".", "-", " - ", " at ", "=",
            "key=value", ":", ": ", ";", ",", "(", ")", "/", "_", "#", "é", "ß", "李", "明", "Ł", "🙏", "\t", "\r", "\\",
            "\\n", "None", "unknown", "yes", "True", "Format: ", "Sessions for July 2025", "ACTIVE TOKENS:",
            "Total roles: 3", "July 05 2025 at 18:00", "• ", "[\"x\"]", "Mary Ann", "O'Brien");
    private static final List<String> BAR_ATOMS = List.of("|", "\\|", "||", "| ");

    private RecordArbitraries() {
    }

    /** A {@code TS} value: minute precision, years 1900–2099. */
    public static Arbitrary<LocalDateTime> minuteTimes() {
        LocalDateTime base = LocalDateTime.of(1900, 1, 1, 0, 0);
        return Arbitraries.longs().between(0, 200L * 366 * 24 * 60 - 1).map(base::plusMinutes)
                .filter(t -> t.getYear() < 2100);
    }

    /** An ISO value: microsecond precision, often with zero seconds or zero micros. */
    public static Arbitrary<LocalDateTime> microTimes() {
        Arbitrary<Integer> seconds = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)), Tuple.of(3, Arbitraries.integers().between(0, 59)));
        Arbitrary<Integer> micros = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)), Tuple.of(3, Arbitraries.integers().between(0, 999_999)));
        return Combinators.combine(minuteTimes(), seconds, micros)
                .as((t, s, us) -> t.withSecond(s).withNano(us * 1000));
    }

    /** Text without {@code |} or newlines: any plain column. */
    public static Arbitrary<String> plainText() {
        return join(Arbitraries.of(ATOMS));
    }

    /** Non-empty {@link #plainText()}. */
    public static Arbitrary<String> plainName() {
        return plainText().filter(s -> !s.isEmpty());
    }

    /** Text that may hold {@code |} and {@code \|}: escaped or free columns. */
    public static Arbitrary<String> barText() {
        return join(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(ATOMS)),
                Tuple.of(1, Arbitraries.of(BAR_ATOMS))));
    }

    /** {@link #barText()} with newlines and blank lines. */
    public static Arbitrary<String> multiLineText() {
        return join(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(ATOMS)),
                Tuple.of(1, Arbitraries.of(BAR_ATOMS)),
                Tuple.of(1, Arbitraries.of("\n", "\n\n", "\nJuly 05 2025 at 18:00\n"))));
    }

    /** {@code text}, or {@code null} one time in five, never the literal that stands for None. */
    public static Arbitrary<String> orNone(Arbitrary<String> text, String noneLiteral) {
        return text.filter(s -> !s.equals(noneLiteral)).injectNull(0.2);
    }

    /** A 32-digit hex id. */
    public static Arbitrary<String> hexIds() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(32);
    }

    private static Arbitrary<String> join(Arbitrary<String> atoms) {
        return atoms.list().ofMaxSize(8).map(l -> l.stream().collect(Collectors.joining()))
                .filter(s -> !s.endsWith("\\"));
    }
}
