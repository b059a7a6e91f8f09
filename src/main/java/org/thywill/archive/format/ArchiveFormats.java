package org.thywill.archive.format;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The reader for each archive kind. */
public final class ArchiveFormats {

    private static final Map<ArchiveKind, ArchiveReader<?>> READERS = new EnumMap<>(ArchiveKind.class);

    static {
    }

    private ArchiveFormats() {
    }

    public static Optional<ArchiveReader<?>> reader(ArchiveKind kind) {
        return Optional.ofNullable(READERS.get(kind));
    }
}
