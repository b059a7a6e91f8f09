package org.thywill.archive.backup;

import java.util.List;

/**
 * The copy of a backup (file, sidecar, manifest) to the remote target.
 *
 * @param uri      the Camel endpoint URI it was sent to
 * @param verified whether the copy was read back and its SHA-256 matched (only for {@code file:} targets)
 * @param problems what went wrong (empty when the copy is good)
 */
public record RemoteCopyResult(String uri, boolean verified, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
