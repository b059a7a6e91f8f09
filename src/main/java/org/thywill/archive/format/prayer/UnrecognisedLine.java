package org.thywill.archive.format.prayer;

import java.util.Objects;

/** An activity-section line the reader did not understand, kept verbatim (the reader reports why). */
public record UnrecognisedLine(String text) implements ActivityEntry {

    public UnrecognisedLine {
        Objects.requireNonNull(text, "text");
    }
}
