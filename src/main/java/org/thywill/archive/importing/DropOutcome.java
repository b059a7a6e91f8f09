package org.thywill.archive.importing;

import org.thywill.archive.intake.MergeReport;

/** What a drop brought: how its files were merged into the tree, and what importing them inserted. */
public record DropOutcome(String drop, MergeReport merge, ImportReport imported) {
}
