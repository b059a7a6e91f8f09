package org.thywill.archive.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code verify} found about one backup file.
 *
 * @param file          the file checked
 * @param ok            no problem was found
 * @param sha256        the file's SHA-256 as computed now (null when it could not be read)
 * @param schemaVersion the schema version read from the backup (null when none or unreadable)
 * @param problems      what is wrong, one sentence each (empty when {@code ok})
 * @param notes         things worth knowing that are not failures (e.g. a missing sidecar that was allowed)
 */
public record VerifyReport(Path file, boolean ok, String sha256, String schemaVersion, List<String> problems,
                           List<String> notes) {
}
