package org.thywill.archive.bundle;

import java.util.List;

/** The entries a bundle will hold and what was left out of it, before anything is written. */
public record BundlePlan(List<BundleEntry> entries, List<SkippedItem> skipped) {

    public BundlePlan {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }
}
