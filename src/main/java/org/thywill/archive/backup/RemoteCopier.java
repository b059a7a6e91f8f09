package org.thywill.archive.backup;

import java.nio.file.Path;
import java.util.Optional;

/** Copies a finished backup, with its sidecar and manifest, to a second place. */
@FunctionalInterface
public interface RemoteCopier {

    /** No remote target configured. */
    RemoteCopier NONE = backup -> null;

    /** @return what happened, or null when there is no remote target */
    RemoteCopyResult copy(Path backup);

    /** The target as shown to people (without secrets), or null when there is none. */
    default String target() {
        return null;
    }

    /**
     * The local folder the copies land in, flat, when the target is one ({@code file:}), so that cleanup can prune
     * them; empty for any other target, whose copies cannot be listed.
     */
    default Optional<Path> localFolder() {
        return Optional.empty();
    }
}
