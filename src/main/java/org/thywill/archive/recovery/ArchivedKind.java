package org.thywill.archive.recovery;

/**
 * Files of a kind the tree holds and the import does not rebuild anything from.
 *
 * @param kind    the {@link org.thywill.archive.format.ArchiveKind} name
 * @param files   how many
 * @param records their records, counted by parsing
 * @param why     why they are not imported
 */
public record ArchivedKind(String kind, long files, long records, String why) {
}
