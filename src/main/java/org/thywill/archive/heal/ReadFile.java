package org.thywill.archive.heal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.Utf8;

/**
 * An existing archive file read for healing: its exact bytes and text and what the reader understood, or the
 * problems ({@code file:line: reason}) that keep heal from touching it.
 */
record ReadFile<T>(String relative, byte[] bytes, String text, T value, List<String> problems) {

    boolean ok() {
        return problems.isEmpty();
    }

    static <T> ReadFile<T> read(ArchiveRoot root, String relative, ArchiveReader<T> reader) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(root.resolve(relative));
        } catch (IOException e) {
            return new ReadFile<>(relative, null, null, null, List.of(relative + ":0: cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); left as it is"));
        }
        Parsed<String> text = Utf8.decode(bytes);
        if (!text.isClean()) {
            return new ReadFile<>(relative, bytes, null, null, describe(relative, text.diagnostics()));
        }
        Parsed<T> parsed = reader.read(text.value());
        return new ReadFile<>(relative, bytes, text.value(), parsed.value(), describe(relative, parsed.diagnostics()));
    }

    static boolean exists(ArchiveRoot root, String relative) {
        return Files.exists(root.resolve(relative));
    }

    private static List<String> describe(String relative, List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.describe(relative) + " (file left as it is)").toList();
    }

    static Path path(ArchiveRoot root, String relative) {
        return root.resolve(relative);
    }
}
