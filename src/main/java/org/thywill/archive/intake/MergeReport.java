package org.thywill.archive.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link TreeMerger#merge} did. Paths are relative ({@code /}-separated): staged paths to the staging
 * root, tree paths to the archive root.
 *
 * @param created         tree paths of files that were absent and were written whole
 * @param linesAppended   tree path → number of lines (for a prayer file: activity entries, a multi-line testimony
 *                        counting once) added to an existing file
 * @param identical       tree paths whose file already had the staged bytes (left untouched)
 * @param nothingNew      tree paths whose file differs from the staged one but already holds every line of it
 *                        (left untouched)
 * @param placedElsewhere staged path → tree path, for prayer files that went to another name than their staged
 *                        one (the tree numbers that minute's prayers differently)
 * @param problems        staged files that were not merged, with the reason; their tree files are unchanged
 */
public record MergeReport(List<String> created, Map<String, Integer> linesAppended, List<String> identical,
                          List<String> nothingNew, Map<String, String> placedElsewhere, List<MergeProblem> problems) {

    public MergeReport {
        created = List.copyOf(created);
        linesAppended = Collections.unmodifiableMap(new LinkedHashMap<>(linesAppended));
        identical = List.copyOf(identical);
        nothingNew = List.copyOf(nothingNew);
        placedElsewhere = Collections.unmodifiableMap(new LinkedHashMap<>(placedElsewhere));
        problems = List.copyOf(problems);
    }

    /** Whether no tree file was created or changed. */
    public boolean changedNothing() {
        return created.isEmpty() && linesAppended.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The total number of lines appended. */
    public int totalLinesAppended() {
        return linesAppended.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for a log: counts per outcome. */
    public String summary() {
        return created.size() + " created, " + linesAppended.size() + " extended (" + totalLinesAppended()
                + " lines), " + identical.size() + " identical, " + nothingNew.size() + " with nothing new, "
                + placedElsewhere.size() + " placed under another name, " + problems.size() + " problems";
    }

    static final class Builder {
        private final List<String> created = new ArrayList<>();
        private final Map<String, Integer> linesAppended = new LinkedHashMap<>();
        private final List<String> identical = new ArrayList<>();
        private final List<String> nothingNew = new ArrayList<>();
        private final Map<String, String> placedElsewhere = new LinkedHashMap<>();
        private final List<MergeProblem> problems = new ArrayList<>();

        void created(String treePath) {
            created.add(treePath);
        }

        void appended(String treePath, int lines) {
            linesAppended.merge(treePath, lines, Integer::sum);
        }

        void identical(String treePath) {
            identical.add(treePath);
        }

        void nothingNew(String treePath) {
            nothingNew.add(treePath);
        }

        void placedElsewhere(String stagedPath, String treePath) {
            placedElsewhere.put(stagedPath, treePath);
        }

        void problem(String stagedPath, String treePath, String reason) {
            problems.add(new MergeProblem(stagedPath, treePath, reason));
        }

        MergeReport build() {
            return new MergeReport(created, linesAppended, identical, nothingNew, placedElsewhere, problems);
        }
    }
}
