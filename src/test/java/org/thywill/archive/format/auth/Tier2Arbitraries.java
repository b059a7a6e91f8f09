package org.thywill.archive.format.auth;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators shared by the Tier 2 property tests: names, free text, timestamps and file-like texts. */
public final class Tier2Arbitraries {

    private Tier2Arbitraries() {
    }

    /** Display names as the live app has them: spaces, apostrophes, dots, {@code  - }, {@code  at }, non-ASCII, parentheses. */
    public static Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withChars("'.-_()éøŁ李明Zoë")
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> joiner = Arbitraries.of(" ", " - ", " at ", " by ", "");
        return Combinators.combine(word, joiner, word, Arbitraries.of(true, false))
                .as((a, j, b, two) -> two ? a + j + b : a);
    }

    /** Any one-line text without {@code |}: unicode, colons, {@code =}, commas, header-looking words. */
    public static Arbitrary<String> lineText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().excludeChars('\n', '|').ofMaxLength(24),
                Arbitraries.of("Format: x", "Session ab:", "session_id=3f2a, fully_authenticated=True",
                        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)", "", " ", "None ",
                        "unknown", "a = b, c", "Total active sessions: 2", "# Generated: x"));
    }

    /** {@link #lineText()} that may also contain {@code |}. */
    public static Arbitrary<String> lineTextWithPipes() {
        return Arbitraries.oneOf(lineText(), Combinators.combine(lineText(), lineText()).as((a, b) -> a + "|" + b));
    }

    /** Non-empty {@link #lineText()}. */
    public static Arbitrary<String> nonEmptyLineText() {
        return lineText().filter(s -> !s.isEmpty());
    }

    /** {@link #lineText()} or null, never the literal {@code None} (which is how null is written). */
    public static Arbitrary<String> nullableLineText() {
        return lineText().filter(s -> !s.equals(PythonText.NONE)).injectNull(0.2);
    }

    /** Naive date-times with microsecond precision (often none, as Python then omits the fraction). */
    public static Arbitrary<LocalDateTime> micros() {
        Arbitrary<Long> epochSecond = Arbitraries.longs().between(946_684_800L, 4_102_444_799L);
        Arbitrary<Integer> micros = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999));
        return Combinators.combine(epochSecond, micros)
                .as((s, us) -> LocalDateTime.ofEpochSecond(s, us * 1000, ZoneOffset.UTC));
    }

    public static Arbitrary<OffsetDateTime> microsUtc() {
        return micros().map(t -> t.atOffset(ZoneOffset.UTC));
    }

    /** Naive date-times at minute precision (the {@code TS}/{@code TS_C} shapes). */
    public static Arbitrary<LocalDateTime> minutes() {
        return micros().map(t -> t.withSecond(0).withNano(0));
    }

    public static Arbitrary<YearMonth> months() {
        return micros().map(YearMonth::from);
    }

    /**
     * Texts made of lines a reader of some kind will meet: usually the kind's {@code header} lines, then
     * {@code lines} (valid and nearly valid lines of that kind) mixed with blank lines, cut lines and
     * garbage, often the kind's {@code trailer} lines, joined with newlines, with or without a final one.
     */
    public static Arbitrary<String> fileLike(List<String> header, List<String> lines, List<String> trailer) {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(lines),
                Arbitraries.of(lines),
                Arbitraries.of(lines).map(l -> l.substring(0, l.length() / 2)),
                Arbitraries.just(""),
                Arbitraries.strings().all().excludeChars('\n').ofMaxLength(16));
        Arbitrary<List<String>> head = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, Arbitraries.just(header)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(List.<String>of())));
        Arbitrary<List<String>> tail = Arbitraries.of(trailer, List.<String>of());
        return Combinators.combine(head, line.list().ofMaxSize(10), tail, Arbitraries.of("", "\n", "\n\n"))
                .as((h, body, t, end) -> {
                    List<String> all = new java.util.ArrayList<>(h);
                    all.addAll(body);
                    all.addAll(t);
                    return String.join("\n", all) + end;
                });
    }
}
