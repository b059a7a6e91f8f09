package org.thywill.archive.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A backup that was taken: its final file (sidecar {@code <file>.sha256} and manifest
 * {@code <file>.manifest.json} beside it), and its remote copy, or null when no remote target is configured.
 */
public record BackupResult(String tier, Path file, long sizeBytes, String sha256, Instant createdAt,
                           String schemaVersion, Map<String, Long> tables, RemoteCopyResult remote) {

    /** Whether something went wrong after the local backup was safely in place (its remote copy). */
    public boolean hasProblems() {
        return remote != null && !remote.ok();
    }

    BackupResult withRemote(RemoteCopyResult r) {
        return new BackupResult(tier, file, sizeBytes, sha256, createdAt, schemaVersion, tables, r);
    }
}
