package org.thywill.archive.repair;

import java.util.List;

/**
 * What {@code reconstruct-from-archives} did to the database (a dry run: would do, then rolled back), each list one
 * line per row changed or name found.
 *
 * @param usersCreated             users the archives register (a registration line) that had no row:
 *                                 {@code name (created_at, file)}
 * @param invitersLinked           {@code invited_by_username} set from registration lines: {@code name → inviter}
 * @param inviteTokensFilled       {@code invite_token_used} filled from the invite-usage rows: {@code name}
 * @param pointersSet              {@code text_file_path} set: {@code table key: old → new (why)}
 * @param namesWithoutRegistration names that prayer files use (author or activity) with no registration line and no
 *                                 user row: listed, never created (B31), each with the first file naming it
 * @param notes                    what needed no action
 * @param conflicts                archive and database disagree; the database's value was kept
 * @param problems                 what could not be reconstructed (an unreadable users file, a pointer no file
 *                                 carries, an inviter with no row)
 */
public record ReconstructReport(boolean dryRun, List<String> usersCreated, List<String> invitersLinked,
                                List<String> inviteTokensFilled, List<String> pointersSet,
                                List<String> namesWithoutRegistration, List<String> notes, List<String> conflicts,
                                List<String> problems) {

    public ReconstructReport {
        usersCreated = List.copyOf(usersCreated);
        invitersLinked = List.copyOf(invitersLinked);
        inviteTokensFilled = List.copyOf(inviteTokensFilled);
        pointersSet = List.copyOf(pointersSet);
        namesWithoutRegistration = List.copyOf(namesWithoutRegistration);
        notes = List.copyOf(notes);
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    /** Rows changed, all kinds together. */
    public int changed() {
        return usersCreated.size() + invitersLinked.size() + inviteTokensFilled.size() + pointersSet.size();
    }

    public boolean hasProblems() {
        return !problems.isEmpty() || !conflicts.isEmpty();
    }
}
