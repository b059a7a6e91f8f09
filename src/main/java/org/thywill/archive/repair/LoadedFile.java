package org.thywill.archive.repair;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.Utf8;
import org.thywill.archive.heal.ArchiveRoot;

/**
 * An archive file read for repair: its exact bytes (a change is only written over these very bytes), its text and
 * what the reader made of it with the reader's diagnostics, or why it could not be read at all.
 *
 * @param value       {@code null} when the file could not be read or is not UTF-8 ({@code unreadable} says why)
 * @param diagnostics the reader's diagnostics (empty for a clean file)
 */
record LoadedFile<T>(String relative, byte[] bytes, String text, T value, List<Diagnostic> diagnostics,
                     String unreadable) {

    static <T> LoadedFile<T> load(ArchiveRoot root, String relative, ArchiveReader<T> reader) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(root.resolve(relative));
        } catch (IOException e) {
            return new LoadedFile<>(relative, null, null, null, List.of(),
                    relative + ":0: cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        Parsed<String> text = Utf8.decode(bytes);
        if (!text.isClean()) {
            return new LoadedFile<>(relative, bytes, null, null, List.of(),
                    text.diagnostics().get(0).describe(relative));
        }
        Parsed<T> parsed = reader.read(text.value());
        return new LoadedFile<>(relative, bytes, text.value(), parsed.value(), parsed.diagnostics(), null);
    }

    boolean readable() {
        return unreadable == null;
    }

    /** Readable with no diagnostic at all. */
    boolean clean() {
        return readable() && diagnostics.isEmpty();
    }

    /** Why the file is not clean: {@code file:line: reason} for each diagnostic, or why it could not be read. */
    String problems() {
        if (!readable()) {
            return unreadable;
        }
        return String.join("; ", diagnostics.stream().map(d -> d.describe(relative)).toList());
    }
}
