package org.thywill.archive.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;

/**
 * The property every reader fuzz target checks. A reader is a total function: for any text it returns a
 * {@link Parsed} (a value and diagnostics) and throws nothing — a diagnostic is how it reports what it cannot
 * read. Each diagnostic names a line of the file (0 = the whole file, one past the last = its end) and a
 * reason. A file read with no
 * diagnostic is written back byte for byte (PRODUCT.md, lossless reading).
 *
 * <p>Fuzzer bytes are decoded as UTF-8 with replacement: the pipeline refuses invalid UTF-8 before a reader
 * sees it ({@code Utf8.decode}), so a reader only ever gets a valid string, and any string is fair input.
 */
final class ReaderFuzzing {

    private ReaderFuzzing() {
    }

    /**
     * Loads the format classes and runs the property over the target's seeds, so that the fuzzer's clock
     * starts with everything loaded ({@link Warmup}). A seed that breaks the property fails here too.
     */
    static void warmUp(Class<?> testClass, Class<?> readerClass) {
        Warmup.loadPackages(readerClass.getPackageName(), "org.thywill.archive.format");
        readAll(readerClass, new byte[0]);
        for (byte[] seed : Warmup.seeds(testClass, "readsAnything")) {
            readAll(readerClass, seed);
        }
    }

    /** The archive kinds whose registered reader is an instance of {@code readerClass}. */
    static List<ArchiveKind> kindsReadBy(Class<?> readerClass) {
        return Arrays.stream(ArchiveKind.values())
                .filter(k -> ArchiveFormats.reader(k).map(r -> r.getClass() == readerClass).orElse(false))
                .toList();
    }

    /** Reads {@code input} with the reader of every kind {@code readerClass} reads, checking the property. */
    static void check(Class<?> readerClass, byte[] input) {
        Executions.count();
        readAll(readerClass, input);
    }

    private static void readAll(Class<?> readerClass, byte[] input) {
        List<ArchiveKind> kinds = kindsReadBy(readerClass);
        assertThat(kinds).as("kinds read by %s", readerClass.getSimpleName()).isNotEmpty();
        String text = new String(input, StandardCharsets.UTF_8);
        for (ArchiveKind kind : kinds) {
            check(kind, text);
        }
    }

    static void check(ArchiveKind kind, String text) {
        ArchiveFormats.Format<?> format = ArchiveFormats.of(kind).orElseThrow();
        check(kind, format, text);
    }

    private static <T> void check(ArchiveKind kind, ArchiveFormats.Format<T> format, String text) {
        Parsed<T> parsed = format.reader().read(text);
        assertThat(parsed).as("%s: the reader's result", kind).isNotNull();
        assertThat(parsed.value()).as("%s: the parsed value", kind).isNotNull();
        int lines = TextLines.split(text).size();
        for (Diagnostic d : parsed.diagnostics()) {
            // lines + 1: "the file ends where X was expected" points just past the last line
            assertThat(d.line()).as("%s: line of %s (file has %d lines)", kind, d, lines).isBetween(0, lines + 1);
            assertThat(d.reason()).as("%s: reason of %s", kind, d).isNotBlank();
        }
        if (parsed.isClean()) {
            assertThat(format.writer().write(parsed.value()))
                    .as("%s: a file read without diagnostics is written back byte for byte", kind)
                    .isEqualTo(text);
        }
    }
}
