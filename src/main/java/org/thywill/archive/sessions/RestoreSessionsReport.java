package org.thywill.archive.sessions;

import java.nio.file.Path;

/**
 * What {@code restore-sessions} did with each session of the file: restored, or skipped as expired, as belonging to a
 * user the database does not have, or as already present (an id in the database, or earlier in the file). The
 * counts add up to {@code inFile}.
 */
public record RestoreSessionsReport(Path file, int inFile, int restored, int skippedExpired, int skippedUnknownUser,
                                    int skippedExisting) {
}
