package org.thywill.archive.backup;

import java.nio.file.Path;

/** Copies a finished backup, with its sidecar and manifest, to a second place. */
@FunctionalInterface
public interface RemoteCopier {

    /** No remote target configured. */
    RemoteCopier NONE = backup -> null;

    /** @return what happened, or null when there is no remote target */
    RemoteCopyResult copy(Path backup);
}
