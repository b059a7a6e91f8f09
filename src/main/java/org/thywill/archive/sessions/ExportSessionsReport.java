package org.thywill.archive.sessions;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code export-sessions} wrote: the file (owner-only), how many sessions, whose, and how many expired ones were
 * left out. Never a session id.
 */
public record ExportSessionsReport(Path file, int exported, int expiredLeftOut, List<String> usernames) {
}
