package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/**
 * {@code <TS> - <user> added testimony: <text>}.
 *
 * <p>{@code encoded} says which of the two written forms the entry has (see {@link TestimonyEscape}):
 * {@code false} is the original's form, the text written verbatim; a text containing newlines then runs
 * over continuation lines, as the original writes it. {@code true} is our form
 * {@code added testimony (encoded): <escaped text>}, one line whatever the text holds. New entries should
 * come from {@link #of}, which picks the original's form whenever it can carry the text.
 */
public record TestimonyEntry(LocalDateTime at, String user, String text, boolean encoded) implements TimedEntry {

    public TestimonyEntry {
        at = ArchiveTime.toMinute(Objects.requireNonNull(at, "at"));
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(text, "text");
    }

    /** A testimony in the original's one-line form when the text allows it, else in the encoded form. */
    public static TestimonyEntry of(LocalDateTime at, String user, String text) {
        return new TestimonyEntry(at, user, text, TestimonyEscape.needsEncoding(text));
    }
}
