package org.thywill.archive.format;

import java.util.List;

/** What a reader understood of a file, and the diagnostics for what it did not. */
public record Parsed<T>(T value, List<Diagnostic> diagnostics) {

    public Parsed {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Parsed<T> clean(T value) {
        return new Parsed<>(value, List.of());
    }

    public boolean isClean() {
        return diagnostics.isEmpty();
    }
}
