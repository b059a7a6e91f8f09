package org.thywill.archive.metrics;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.thywill.archive.importing.FileOutcome;
import org.thywill.archive.importing.ImportReport;
import org.thywill.archive.importing.PrayerJsonReport;

/**
 * The pipeline's own Prometheus meters (micrometer names; Prometheus turns {@code .} into {@code _} and adds
 * {@code _total} to counters):
 * <ul>
 *   <li>{@code thywill.files.imported}: archive files imported (parsed and reconciled into the database);</li>
 *   <li>{@code thywill.files.rejected}: archive files rejected as bad input (nothing of them imported);</li>
 *   <li>{@code thywill.rows.inserted}, tag {@code kind} (the table, e.g. {@code prayer}, {@code prayer_marks}): rows
 *       the imports inserted (archive files, and the prayers and users of a JSON import);</li>
 *   <li>{@code thywill.drops}, tag {@code outcome} ({@code imported}, {@code rejected}): what was dropped into the drop
 *       folder (a ZIP or a loose archive file), merged and imported, or rejected whole (moved to {@code .failed/});</li>
 *   <li>{@code thywill.bundle.builds}, tags {@code kind} ({@code community}, {@code member}) and {@code outcome}
 *       ({@code success}, {@code failure}): ZIP bundles built or failed.</li>
 * </ul>
 * Dry runs count nothing: they change nothing. The backup ages are in {@link BackupAgeGauges}.
 */
public final class PipelineMetrics {

    public static final String FILES_IMPORTED = "thywill.files.imported";
    public static final String FILES_REJECTED = "thywill.files.rejected";
    public static final String ROWS_INSERTED = "thywill.rows.inserted";
    public static final String BUNDLE_BUILDS = "thywill.bundle.builds";
    public static final String DROPS = "thywill.drops";

    public enum BundleKind { COMMUNITY, MEMBER }

    private final MeterRegistry registry;
    private final Counter filesImported;
    private final Counter filesRejected;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.filesImported = Counter.builder(FILES_IMPORTED).description("Archive files imported into the database")
                .register(registry);
        this.filesRejected = Counter.builder(FILES_REJECTED)
                .description("Archive files rejected as bad input (nothing of them imported)").register(registry);
        for (BundleKind kind : BundleKind.values()) {
            bundleCounter(kind, true);
            bundleCounter(kind, false);
        }
        dropCounter(true);
        dropCounter(false);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** An import run's report (a tree, a ZIP, a drop's files). */
    public void imported(ImportReport report) {
        if (report == null || report.isDryRun()) {
            return;
        }
        filesImported.increment(report.getFiles().getOrDefault(status(FileOutcome.Status.IMPORTED), 0));
        filesRejected.increment(report.getFiles().getOrDefault(status(FileOutcome.Status.REJECTED), 0));
        rowsInserted(report.getInserted());
    }

    /** A JSON file of prayers imported: its new prayers and the users their authors became. */
    public void imported(PrayerJsonReport report) {
        if (report == null || report.isDryRun()) {
            return;
        }
        rowsInserted(Map.of("prayer", report.getImported(), "user", report.getUsersCreated()));
    }

    /** One file the archive watcher imported. */
    public void imported(FileOutcome outcome) {
        if (outcome == null) {
            return;
        }
        if (outcome.status() == FileOutcome.Status.IMPORTED) {
            filesImported.increment();
            if (outcome.changes() != null) {
                rowsInserted(outcome.changes().inserted());
            }
        } else if (outcome.status() == FileOutcome.Status.REJECTED) {
            filesRejected.increment();
        }
    }

    /** A drop taken from the drop folder: imported, or rejected whole. */
    public void drop(boolean imported) {
        dropCounter(imported).increment();
    }

    private Counter dropCounter(boolean imported) {
        return Counter.builder(DROPS).description("Drops taken from the drop folder, by outcome")
                .tag("outcome", imported ? "imported" : "rejected").register(registry);
    }

    public void bundleBuilt(BundleKind kind, boolean success) {
        bundleCounter(kind, success).increment();
    }

    private void rowsInserted(Map<String, Integer> byTable) {
        byTable.forEach((table, n) -> {
            if (n > 0) {
                Counter.builder(ROWS_INSERTED).description("Rows the imports inserted, by table").tag("kind", table)
                        .register(registry).increment(n);
            }
        });
    }

    private Counter bundleCounter(BundleKind kind, boolean success) {
        return Counter.builder(BUNDLE_BUILDS).description("ZIP bundles built, by kind and outcome")
                .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                .tag("outcome", success ? "success" : "failure")
                .register(registry);
    }

    private static String status(FileOutcome.Status s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }
}
