package org.thywill.archive.intake;

import java.util.Objects;

/**
 * An entry of a dropped ZIP that is left out without rejecting the drop: macOS metadata, hidden files,
 * files outside the archive root, and files that are no archive file.
 *
 * @param name   the raw entry name
 * @param reason why it is left out
 */
public record SkippedEntry(String name, String reason) {

    public SkippedEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
