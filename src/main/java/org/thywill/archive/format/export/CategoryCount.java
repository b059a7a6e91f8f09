package org.thywill.archive.format.export;

import java.util.Objects;

/** A line {@code • <category>: <n> records} of {@code export_summary.txt}. */
public record CategoryCount(String category, int count) {

    public CategoryCount {
        Objects.requireNonNull(category, "category");
    }
}
