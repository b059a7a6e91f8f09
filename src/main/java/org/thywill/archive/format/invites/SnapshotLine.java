package org.thywill.archive.format.invites;

import java.util.Objects;

/**
 * A line below the header of {@code system/invite_tokens.txt}. The file is read as a sequence of these
 * so that every line, in order, is kept as written; {@link InviteTokensSnapshotFormat} reads the sections
 * and counts out of it.
 */
public sealed interface SnapshotLine {

    /** {@code ACTIVE TOKENS:} or {@code RECENTLY EXPIRED TOKENS:}. */
    record SectionTitle(Section section) implements SnapshotLine {
        public SectionTitle {
            Objects.requireNonNull(section, "section");
        }
    }

    /** A token row of the current section. */
    record Token(SnapshotToken token) implements SnapshotLine {
        public Token {
            Objects.requireNonNull(token, "token");
        }
    }

    /** An empty line between sections. */
    record Blank() implements SnapshotLine {
    }

    /** {@code Active tokens: N}: how many tokens were unused when written (expired ones included). */
    record ActiveCount(int count) implements SnapshotLine {
    }

    /** {@code Total tokens: M}: how many tokens there were in all. */
    record TotalCount(int count) implements SnapshotLine {
    }

    enum Section {
        ACTIVE("ACTIVE TOKENS:"),
        RECENTLY_EXPIRED("RECENTLY EXPIRED TOKENS:");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
