package org.thywill.archive.intake;

/** The result of merging a staged file's text into a tree file's text, as a pure function of the two. */
sealed interface TextMerge {

    /** The tree text already holds everything the staged text says. */
    record NothingNew() implements TextMerge {
    }

    /** The tree's new text, with {@code added} lines (or entries) added. */
    record Merged(String text, int added) implements TextMerge {
    }

    /** The two cannot be merged; the tree's file stays as it is. */
    record Refused(String reason) implements TextMerge {
    }
}
