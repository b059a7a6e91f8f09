package org.thywill.archive.format;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The reader and writer of each archive kind. */
public final class ArchiveFormats {

    /** A kind's reader and writer, typed together so that a parsed value can be written back. */
    public record Format<T>(ArchiveReader<T> reader, ArchiveWriter<T> writer) {

        /** Reads {@code text} and writes the result back: the original's bytes, for anything it wrote. */
        public Parsed<String> rewrite(String text) {
            Parsed<T> parsed = reader.read(text);
            return new Parsed<>(writer.write(parsed.value()), parsed.diagnostics());
        }
    }

    private static final Map<ArchiveKind, Format<?>> FORMATS = new EnumMap<>(ArchiveKind.class);

    private static <T> void register(ArchiveKind kind, ArchiveReader<T> reader, ArchiveWriter<T> writer) {
        FORMATS.put(kind, new Format<>(reader, writer));
    }

    static {
    }

    private ArchiveFormats() {
    }

    public static Optional<Format<?>> of(ArchiveKind kind) {
        return Optional.ofNullable(FORMATS.get(kind));
    }

    public static Optional<ArchiveReader<?>> reader(ArchiveKind kind) {
        return of(kind).map(Format::reader);
    }
}
