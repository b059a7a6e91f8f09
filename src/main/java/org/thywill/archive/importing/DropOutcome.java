package org.thywill.archive.importing;

import org.thywill.archive.intake.MergeReport;

/**
 * What a drop brought: for a ZIP or an archive file, how its files were merged into the tree and what importing them
 * inserted; for a JSON file of prayers, what importing it did (the other two are then {@code null}, and the other way
 * round).
 */
public record DropOutcome(String drop, MergeReport merge, ImportReport imported, PrayerJsonReport prayers) {
}
