package org.thywill.archive.heal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.thywill.archive.store.HealPrayerStates;

/**
 * The prayers a heal need not read again: a previous heal settled them (their files carried every row it read), no
 * row of theirs was written since (their change count has not moved: {@link HealPrayerStates}), each of their files
 * still has the size, modification time and file key (device and inode) it had then, and their
 * {@code text_file_path} still names their first file. Anything else, even a touched mtime, sends the prayer through
 * the full comparison. A file edited in place keeping its size and mtime to the nanosecond is not noticed, as in the
 * importer's ledger.
 */
final class SettledPrayers {

    private SettledPrayers() {
    }

    /** The {@code files} text recorded for a settled prayer: one {@code <stamp> <path>} line per file, first first. */
    static Optional<String> record(ArchiveRoot root, List<String> relatives) {
        StringBuilder text = new StringBuilder();
        for (String relative : relatives) {
            Optional<String> stamp = stamp(root.resolve(relative));
            if (stamp.isEmpty()) {
                return Optional.empty();
            }
            text.append(stamp.get()).append(' ').append(relative).append('\n');
        }
        return relatives.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    /**
     * The ids of the settled prayers whose files and pointer are as recorded. The files are examined on every core:
     * a no-op heal of 100,000 prayers spends most of this step in the stat calls' Java side.
     */
    static Set<String> unchanged(ArchiveRoot root, Map<String, HealPrayerStates.Recorded> settled) {
        return settled.entrySet().parallelStream()
                .filter(e -> matches(root, e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean matches(ArchiveRoot root, HealPrayerStates.Recorded recorded) {
        String first = null;
        for (String line : recorded.files().split("\n")) {
            String[] parts = line.split(" ", 4);
            if (parts.length != 4) {
                return false;
            }
            String relative = parts[3];
            first = first == null ? relative : first;
            Optional<String> now = stamp(root.resolve(relative));
            if (now.isEmpty() || !now.get().equals(parts[0] + " " + parts[1] + " " + parts[2])) {
                return false;
            }
        }
        return first != null && ArchiveRoot.stored(first).equals(recorded.textFilePath());
    }

    /** {@code <size> <mtime ns> <file key>} of a regular file (not followed through a link); empty when it is none. */
    private static Optional<String> stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return Optional.empty();
            }
            String key = String.valueOf(a.fileKey()).replace(' ', '_');
            return Optional.of(a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + key);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
