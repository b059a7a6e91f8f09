package org.thywill.archive.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.Utf8;
import org.thywill.archive.importing.ArchiveTree;

/**
 * Reads every file of an archive tree with the reader of its kind, one at a time, in path order (only one file's
 * text is held at once). The tree is walked as the importer walks it ({@link ArchiveTree}: no drop folder, no
 * downloads, no hidden files, no links); static content and legacy dumps that have no format of their own
 * ({@link #NOT_VALIDATED}) are counted, not read.
 */
public final class ArchiveTreeReader {

    /** Top-level folders the original reads but never writes in a format: {@code foundational_prayers/} and the
     * legacy {@code database_exports/} (reference §1, "N"). */
    public static final Set<String> NOT_VALIDATED = Set.of("foundational_prayers", "database_exports");

    private final Path root;
    private final long maxFileBytes;

    public ArchiveTreeReader(Path root, long maxFileBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Hands every file to {@code each}, in path order.
     *
     * @return how many files were left out ({@link #NOT_VALIDATED})
     * @throws IllegalArgumentException the root is not a directory
     */
    public int read(Consumer<ParsedArchiveFile> each) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("archive directory not found: " + root);
        }
        List<String> paths = new ArrayList<>();
        int leftOut = 0;
        for (Path f : ArchiveTree.files(root)) {
            String rel = ArchiveTree.relative(root, f);
            int slash = rel.indexOf('/');
            if (slash > 0 && NOT_VALIDATED.contains(rel.substring(0, slash))) {
                leftOut++;
            } else {
                paths.add(rel);
            }
        }
        paths.sort(Comparator.naturalOrder());
        for (String rel : paths) {
            each.accept(read(rel));
        }
        return leftOut;
    }

    /** One file: its bytes checked (size, UTF-8), then its kind's reader. */
    ParsedArchiveFile read(String rel) {
        ArchiveKind kind = ArchiveKind.of(rel).orElse(null);
        Path file = root.resolve(rel);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return failed(rel, kind, "larger than the import's limit (" + size + " > " + maxFileBytes
                        + " bytes, thywill.import.max-file-bytes): the import rejects it unread");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(rel, kind, "cannot read: " + e.getMessage());
        }
        Parsed<String> decoded = Utf8.decode(bytes);
        String text = decoded.value();
        if (text == null || kind == null) {
            return new ParsedArchiveFile(rel, kind, text, null, decoded.diagnostics());
        }
        Optional<ArchiveReader<?>> reader = ArchiveFormats.reader(kind);
        if (reader.isEmpty()) {
            return failed(rel, kind, "no reader for " + kind);
        }
        Parsed<?> parsed = reader.get().read(text);
        return new ParsedArchiveFile(rel, kind, text, parsed.value(), parsed.diagnostics());
    }

    private static ParsedArchiveFile failed(String rel, ArchiveKind kind, String reason) {
        return new ParsedArchiveFile(rel, kind, null, null, List.of(Diagnostic.ofFile(reason)));
    }
}
