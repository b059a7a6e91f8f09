package org.thywill.archive.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One backup as {@code list} shows it.
 *
 * @param check    {@code quick} (sidecar present, size as in the manifest) or {@code full} ({@code verify})
 * @param verified whether that check passed
 * @param problems why it did not
 */
public record ListedBackup(String tier, String name, Path file, long sizeBytes, Instant createdAt, long ageSeconds,
                           String check, boolean verified, List<String> problems) {
}
