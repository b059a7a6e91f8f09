package org.thywill.archive.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A bundle that was written.
 *
 * @param path    the ZIP, under its final (unique) name
 * @param entries how many entries it holds
 * @param bytes   its size on disk
 * @param skipped what was left out, and why, in the order met
 */
public record BundleResult(Path path, int entries, long bytes, List<SkippedItem> skipped) {

    public BundleResult {
        Objects.requireNonNull(path, "path");
        skipped = List.copyOf(skipped);
    }
}
