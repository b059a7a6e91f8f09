package org.thywill.archive.backup;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;

/**
 * The routes that write the database, which a restore stops in the running CamelContext while it swaps the file.
 * This is the one place they are listed (decided from {@code routes/*.camel.yaml}; a test keeps every route
 * there in {@link #STOPPED} or {@link #LEFT_RUNNING}).
 *
 * <p>Stopped, in this order (the routes that trigger work by themselves first, so that what they already sent
 * finishes before the routes they send to stop; started again in the reverse order):
 * <ul>
 *   <li>{@code archive-watcher}, {@code drop-folder-watcher}: file consumers that import into the database;</li>
 *   <li>{@code scheduled-export}: heals the archive tree, which sets {@code text_file_path} in the database;</li>
 *   <li>{@code backup-hourly}, {@code backup-daily}, {@code backup-weekly}, {@code backup-cleanup}: the scheduled
 *       backups of issue 5 §2 ({@code routes/backup-schedules.camel.yaml}); they do not write, but a snapshot taken
 *       during the swap would hold a read lock on the file and make the restore fail;</li>
 *   <li>{@code sync-archives}, {@code import-text-archives}, {@code import-archive-file}, {@code import-drop},
 *       {@code import-prayers-json}, {@code heal-archives}, {@code sync-users}: the {@code direct:} routes that
 *       import into or heal from the database, and {@code repair-archives}, {@code reconstruct-from-archives}, which
 *       set pointers and restore users in it. A request sent to one of them while it is stopped waits (the
 *       direct component blocks up to 30 s for its consumer) instead of writing into the file being replaced.</li>
 * </ul>
 * A route that is not started (or not defined: a one-shot command does not start the file and quartz consumers)
 * is left alone, and is not started afterwards.
 */
public final class DatabaseWriterRoutes implements RouteSwitch {

    /** The routes a restore stops, in the order it stops them. */
    public static final List<String> STOPPED = List.of(
            "archive-watcher", "drop-folder-watcher", "scheduled-export",
            "backup-hourly", "backup-daily", "backup-weekly", "backup-cleanup",
            "sync-archives", "import-text-archives", "import-archive-file", "import-drop", "import-prayers-json",
            "heal-archives", "sync-users", "restore-sessions", "validate-consistency",
            "repair-archives", "reconstruct-from-archives");

    /**
     * The routes a restore leaves running, because they do not write the database: they parse files, build ZIPs
     * from the archive tree (a member bundle reads the database: it waits while the database is released), clean
     * bundle files, generate a demo into its own folder, handle backup files, export the sessions or answer the
     * HTTP API (reads, which wait while the database is released), or are the restore itself (or the full recovery,
     * which stops the writers itself as a restore does).
     */
    public static final List<String> LEFT_RUNNING = List.of(
            "parse-files", "build-community-bundle", "build-member-bundle", "bundle-cleanup", "generate-demo",
            "backup", "verify-backup", "list-backups", "cleanup-backups", "restore", "restore-safe",
            "export-sessions", "log-scheduled-backup",
            "api-user-download", "api-user-metadata", "api-community-list", "api-community-download", "api-prayer-file",
            "api-downloads-cleanup", "validate-archives", "recovery-report", "test-recovery", "full-recovery");

    private final CamelContext context;

    public DatabaseWriterRoutes(CamelContext context) {
        this.context = context;
    }

    @Override
    public List<String> stopStarted() {
        List<String> stopped = new ArrayList<>();
        try {
            for (String id : STOPPED) {
                if (context.getRoute(id) != null
                        && context.getRouteController().getRouteStatus(id) == ServiceStatus.Started) {
                    context.getRouteController().stopRoute(id);
                    stopped.add(id);
                }
            }
        } catch (Exception e) {
            Restart restart = start(stopped);
            throw new RestoreException(RestoreException.Reason.FAILED, "could not stop the routes that write the"
                    + " database: " + e.getMessage() + "; nothing was changed; routes started again: "
                    + restart.started() + (restart.problems().isEmpty() ? "" : "; " + String.join("; ",
                    restart.problems())), e);
        }
        return List.copyOf(stopped);
    }

    @Override
    public Restart start(List<String> stopped) {
        List<String> started = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = stopped.size() - 1; i >= 0; i--) {
            String id = stopped.get(i);
            try {
                context.getRouteController().startRoute(id);
                started.add(id);
            } catch (Exception e) {
                problems.add("route " + id + " did not start again: " + e.getMessage());
            }
        }
        return new Restart(List.copyOf(started), List.copyOf(problems));
    }
}
