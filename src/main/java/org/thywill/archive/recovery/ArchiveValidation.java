package org.thywill.archive.recovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@code validate-archives}.
 *
 * @param root        the archive root
 * @param files       files read
 * @param filesByKind files read per kind ({@code unknown} for paths that name no kind)
 * @param leftOut     files not validated: static content and legacy dumps ({@link ArchiveTreeReader#NOT_VALIDATED})
 * @param prayers     prayer files with a header (prayer ids seen)
 * @param problems    everything wrong, in path and line order
 */
public record ArchiveValidation(Path root, int files, Map<String, Integer> filesByKind, int leftOut, int prayers,
                                List<ArchiveProblem> problems) {

    public ArchiveValidation {
        problems = List.copyOf(problems);
    }

    /** Whether nothing is wrong. */
    @com.fasterxml.jackson.annotation.JsonProperty("ok")
    public boolean ok() {
        return problems.isEmpty();
    }
}
