package org.thywill.archive.intake;

import java.util.Objects;
import org.thywill.archive.format.ArchiveKind;

/**
 * A file entry of a dropped ZIP that will be staged.
 *
 * @param name         the raw entry name, exactly as the ZIP stores it (Camel's {@code zipFileName} header)
 * @param relativePath the path relative to the archive root, {@code /}-separated: the name with separators
 *                     normalised and the {@linkplain ZipInspection#rootPrefix() root prefix} removed
 * @param kind         the archive kind of {@code relativePath}
 * @param declaredSize the uncompressed size the central directory declares (not trusted: the stager checks
 *                     the bytes it copies against it)
 */
public record InspectedEntry(String name, String relativePath, ArchiveKind kind, long declaredSize) {

    public InspectedEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(kind, "kind");
    }
}
