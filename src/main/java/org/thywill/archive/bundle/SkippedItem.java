package org.thywill.archive.bundle;

import java.util.Objects;

/**
 * Something a bundle left out, and why: a symbolic link, a special file, a hidden or temporary file, a prayer
 * whose stored file is missing or outside the archive root.
 *
 * @param item   the path relative to the archive root ({@code /}-separated), or what the database names
 * @param reason a short sentence
 */
public record SkippedItem(String item, String reason) {

    public SkippedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }
}
