package org.thywill.archive.intake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the central directory of a dropped ZIP says, once every entry passed the checks of
 * {@link ZipInspector}.
 *
 * @param zip                the ZIP file
 * @param limits             the limits it was inspected against (the stager enforces the same)
 * @param rootPrefix         the folder prefix that holds the archive's top-level folders, as it appears in the
 *                           entry names with {@code /} separators: {@code complete_site_archive/},
 *                           {@code text_archives/}, {@code mytree/text_archives/}, or {@code ""}
 * @param files              the file entries to stage, in the ZIP's physical order
 * @param skipped            entries left out, with the reason (not errors)
 * @param directories        raw names of folder entries (ignored: folders are created as files need them)
 * @param declaredTotalBytes the sum of the declared uncompressed sizes of every file entry
 */
public record ZipInspection(Path zip, ZipLimits limits, String rootPrefix, List<InspectedEntry> files,
                            List<SkippedEntry> skipped, Set<String> directories, long declaredTotalBytes) {

    public ZipInspection {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(rootPrefix, "rootPrefix");
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        directories = Set.copyOf(directories);
    }

    /** The file entry with this raw name. */
    public Optional<InspectedEntry> file(String entryName) {
        return Optional.ofNullable(filesByName().get(entryName));
    }

    /** The skipped entry with this raw name. */
    public Optional<SkippedEntry> skippedEntry(String entryName) {
        return skipped.stream().filter(s -> s.name().equals(entryName)).findFirst();
    }

    public boolean isDirectory(String entryName) {
        return directories.contains(entryName);
    }

    /** The file entries by raw name, in order. */
    public Map<String, InspectedEntry> filesByName() {
        Map<String, InspectedEntry> byName = new LinkedHashMap<>();
        for (InspectedEntry e : files) {
            byName.put(e.name(), e);
        }
        return byName;
    }
}
