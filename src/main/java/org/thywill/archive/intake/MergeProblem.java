package org.thywill.archive.intake;

import java.util.Objects;

/**
 * A staged file that was not merged, or not fully, and why. The tree's file is left exactly as it was.
 *
 * @param stagedPath the staged file, relative to the staging root ({@code /}-separated)
 * @param treePath   the tree file it concerns, relative to the archive root; {@code null} when there is none
 * @param reason     what is wrong, for the operator
 */
public record MergeProblem(String stagedPath, String treePath, String reason) {

    public MergeProblem {
        Objects.requireNonNull(stagedPath, "stagedPath");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code stagedPath: reason} (with {@code -> treePath} when it differs). */
    public String describe() {
        String where = treePath == null || treePath.equals(stagedPath) ? stagedPath : stagedPath + " -> " + treePath;
        return where + ": " + reason;
    }
}
