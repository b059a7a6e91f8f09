package org.thywill.archive.backup;

import java.util.List;

/**
 * What {@code cleanup} did to the copies under the remote target ({@code thywill.backups.remote-uri}): the same tier
 * retention as the local backups, and a tier's newest verified copy is never deleted. Only a {@code file:} target's
 * copies can be listed and deleted; any other target is reported as not pruned.
 *
 * @param target     the remote target (its URI without secrets), or null when none is configured
 * @param pruned     whether its copies were looked at and pruned
 * @param note       the folder pruned, or why nothing was
 * @param deleted    the copies deleted (in a dry run: to delete), by file name, each with its sidecar and manifest
 * @param keptNewest expired copies kept because each is its tier's newest verified copy
 * @param staleTemps partial copies ({@code .thywill_*.part}, left by an interrupted copy) older than a day, deleted
 */
public record RemotePruning(String target, boolean pruned, String note, List<String> deleted, List<String> keptNewest,
                            List<String> staleTemps) {

    static RemotePruning noTarget() {
        return new RemotePruning(null, false, "no remote target configured", List.of(), List.of(), List.of());
    }

    static RemotePruning notPruned(String target, String why) {
        return new RemotePruning(target, false, "not pruned: " + why, List.of(), List.of(), List.of());
    }
}
