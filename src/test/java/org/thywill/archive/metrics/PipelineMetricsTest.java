package org.thywill.archive.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.importing.FileOutcome;
import org.thywill.archive.importing.ImportReport;
import org.thywill.archive.store.reconcile.FileReconciliation;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class PipelineMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PipelineMetrics metrics = new PipelineMetrics(registry);

    @Test
    void anImportedFileCountsItselfAndItsRowsPerTable() {
        metrics.imported(new FileOutcome("prayers/2024/03/x.txt", ArchiveKind.values()[0], FileOutcome.Status.IMPORTED,
                new FileReconciliation(Map.of("prayer", 1, "prayermark", 3, "user", 0), Map.of(), Map.of(), List.of(),
                        List.of()), List.of()));
        assertThat(count(PipelineMetrics.FILES_IMPORTED)).isEqualTo(1.0);
        assertThat(registry.get(PipelineMetrics.ROWS_INSERTED).tag("kind", "prayer").counter().count()).isEqualTo(1.0);
        assertThat(registry.get(PipelineMetrics.ROWS_INSERTED).tag("kind", "prayermark").counter().count()).isEqualTo(3.0);
        // a table with nothing inserted gets no series
        assertThat(registry.find(PipelineMetrics.ROWS_INSERTED).tag("kind", "user").counter()).isNull();
    }

    @Test
    void aRejectedFileCountsAsRejectedOnlyAndAnUnchangedOneNotAtAll() {
        metrics.imported(new FileOutcome("users/2024_01_users.txt", null, FileOutcome.Status.REJECTED, null,
                List.of("users/2024_01_users.txt:4: unrecognised line")));
        metrics.imported(new FileOutcome("users/2024_02_users.txt", null, FileOutcome.Status.UNCHANGED, null, List.of()));
        assertThat(count(PipelineMetrics.FILES_REJECTED)).isEqualTo(1.0);
        assertThat(count(PipelineMetrics.FILES_IMPORTED)).isZero();
    }

    @Test
    void aDryRunCountsNothing() {
        metrics.imported(new ImportReport("/tree", true));
        metrics.imported((ImportReport) null);
        assertThat(count(PipelineMetrics.FILES_IMPORTED)).isZero();
        assertThat(count(PipelineMetrics.FILES_REJECTED)).isZero();
    }

    @Test
    void bundleBuildsAreCountedByKindAndOutcomeFromZero() {
        assertThat(registry.get(PipelineMetrics.BUNDLE_BUILDS).tags("kind", "member", "outcome", "failure").counter()
                .count()).isZero();
        metrics.bundleBuilt(PipelineMetrics.BundleKind.MEMBER, false);
        metrics.bundleBuilt(PipelineMetrics.BundleKind.COMMUNITY, true);
        metrics.bundleBuilt(PipelineMetrics.BundleKind.COMMUNITY, true);
        assertThat(registry.get(PipelineMetrics.BUNDLE_BUILDS).tags("kind", "member", "outcome", "failure").counter()
                .count()).isEqualTo(1.0);
        assertThat(registry.get(PipelineMetrics.BUNDLE_BUILDS).tags("kind", "community", "outcome", "success").counter()
                .count()).isEqualTo(2.0);
        assertThat(registry.get(PipelineMetrics.BUNDLE_BUILDS).tags("kind", "member", "outcome", "success").counter()
                .count()).isZero();
    }

    @Test
    void dropsAreCountedByOutcomeFromZero() {
        assertThat(registry.get(PipelineMetrics.DROPS).tag("outcome", "rejected").counter().count()).isZero();
        metrics.drop(false);
        metrics.drop(true);
        metrics.drop(true);
        assertThat(registry.get(PipelineMetrics.DROPS).tag("outcome", "rejected").counter().count()).isEqualTo(1.0);
        assertThat(registry.get(PipelineMetrics.DROPS).tag("outcome", "imported").counter().count()).isEqualTo(2.0);
    }

    @Test
    void theNotifierKnowsADirectRouteByNameWhateverItsUriForm() {
        assertThat(PipelineMetricsNotifier.directName("direct://import-drop")).isEqualTo("import-drop");
        assertThat(PipelineMetricsNotifier.directName("direct:import-drop")).isEqualTo("import-drop");
        assertThat(PipelineMetricsNotifier.directName("direct://build-member-bundle?timeout=5")).isEqualTo("build-member-bundle");
        assertThat(PipelineMetricsNotifier.directName("file:///tmp/x")).isNull();
        assertThat(PipelineMetricsNotifier.directName(null)).isNull();
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }
}
