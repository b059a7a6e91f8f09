package org.thywill.archive.processors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;

import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.Utf8;

/** Reads archive files from disk and hands their text to the reader of their kind. */
public class ArchiveFileParser {

    /** Parses every given file, and every regular file below every given directory, in path order. */
    public List<FileParse> parseAll(List<String> paths) {
        List<FileParse> out = new ArrayList<>();
        for (String f : expand(paths)) {
            out.add(parse(Path.of(f)));
        }
        return out;
    }

    /** The given files, and every regular file below each given directory, in path order. */
    public static List<String> expand(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    s.filter(Files::isRegularFile).sorted().forEach(f -> out.add(f.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public FileParse parse(Path file) {
        String shown = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(shown, null, "cannot read: " + e.getMessage());
        }
        Parsed<String> decoded = Utf8.decode(bytes);
        Optional<String> text = Optional.ofNullable(decoded.value());
        Optional<ArchiveKind> kind = ArchiveKind.ofAnyPath(file.toAbsolutePath().toString())
                .or(() -> text.flatMap(ArchiveKind::sniff));
        if (text.isEmpty()) {
            return new FileParse(shown, kind.orElse(null), null, decoded.diagnostics());
        }
        if (kind.isEmpty()) {
            return failed(shown, null, "not a known archive file (neither its path nor its first line names a kind)");
        }
        Optional<ArchiveReader<?>> reader = ArchiveFormats.reader(kind.get());
        if (reader.isEmpty()) {
            return failed(shown, kind.get(), "no reader for " + kind.get() + " yet");
        }
        Parsed<?> parsed = reader.get().read(text.get());
        return new FileParse(shown, kind.get(), parsed.value(), parsed.diagnostics());
    }

    private static FileParse failed(String path, ArchiveKind kind, String reason) {
        return new FileParse(path, kind, null, List.of(Diagnostic.ofFile(reason)));
    }
}
