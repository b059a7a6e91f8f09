package org.thywill.archive.app;

import java.nio.file.Path;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.thywill.archive.backup.BackupFreshness;
import org.thywill.archive.backup.BackupService;
import org.thywill.archive.backup.BackupStatus;
import org.thywill.archive.backup.BackupTier;
import org.thywill.archive.backup.BackupsHealthCheck;
import org.thywill.archive.backup.CamelRemoteCopier;
import org.thywill.archive.backup.DatabaseWriterRoutes;
import org.thywill.archive.backup.RemoteCopier;
import org.thywill.archive.backup.RestoreService;
import org.thywill.archive.bundle.BundleService;
import org.thywill.archive.demo.DemoGenerator;
import org.thywill.archive.importing.ArchiveImportService;
import org.thywill.archive.importing.DropFolderService;
import org.thywill.archive.importing.PrayerJsonImporter;
import org.thywill.archive.intake.ZipLimits;
import org.thywill.archive.processors.ArchiveFileParser;
import org.thywill.archive.processors.ArchiveLedgerIdempotentRepository;

/**
 * The beans the routes use, built from the thywill.* settings and bound in dependency order (the
 * route files refer to them by these names).
 */
public class ThyWillConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent p = context.getPropertiesComponent();
        Registry r = context.getRegistry();

        ThyWillSettings settings = new ThyWillSettings(
                Path.of(required(p, "thywill.db")), Path.of(required(p, "thywill.archives")),
                Path.of(required(p, "thywill.incoming")), Path.of(required(p, "thywill.backups")), Integer.parseInt(required(p, "thywill.sqlite.busy-timeout-ms")));
        r.bind("settings", settings);

        DatabaseProvider databases = new DatabaseProvider(settings);
        r.bind("databaseProvider", databases);

        ArchiveImportService imports = new ArchiveImportService(settings, databases,
                Long.parseLong(required(p, "thywill.import.max-file-bytes")),
                Integer.parseInt(required(p, "thywill.import.batch-files")));
        r.bind("archiveImportService", imports);
        r.bind("archiveLedgerRepository", new ArchiveLedgerIdempotentRepository(imports));
        r.bind("archiveFileParser", new ArchiveFileParser());
        r.bind("demoGenerator", new DemoGenerator());
        r.bind("healService", new org.thywill.archive.heal.HealService(settings.archives(), databases));
        PrayerJsonImporter prayersJson = new PrayerJsonImporter(settings, databases);
        r.bind("prayerJsonImporter", prayersJson);
        r.bind("dropFolderService", new DropFolderService(settings, imports, prayersJson, ZipLimits.of(
                Integer.parseInt(required(p, "thywill.drop.max-entries")),
                Long.parseLong(required(p, "thywill.drop.max-entry-bytes")),
                Long.parseLong(required(p, "thywill.drop.max-total-bytes")))));
        r.bind("bundleService", new BundleService(settings.archives(), databases::get,
                Path.of(required(p, "thywill.downloads")), java.time.Clock.systemDefaultZone()));
        String remoteUri = p.resolveProperty("thywill.backups.remote-uri").orElse("").strip();
        BackupService backups = new BackupService(settings.database(), settings.backups(), settings.busyTimeoutMs(),
                remoteUri.isEmpty() ? RemoteCopier.NONE : new CamelRemoteCopier(context, remoteUri),
                java.time.Clock.systemDefaultZone());
        r.bind("backupService", backups);
        bindBackupHealth(context, p, backups);
        bindOperations(context, p, settings, backups);
        bindArchiveApi(p, r, settings, databases);
        r.bind("sessionsService", new org.thywill.archive.sessions.SessionsService(databases::get,
                java.time.Clock.systemDefaultZone()));
        r.bind("restoreService", new RestoreService(settings.database(), settings.backups(),
                settings.busyTimeoutMs(), new DatabaseWriterRoutes(context), databases::closedWhile,
                java.time.Clock.systemDefaultZone()));
        r.bind("repairArchivesService", new org.thywill.archive.repair.RepairArchivesService(settings.archives(),
                databases, java.time.Clock.systemDefaultZone()));
        r.bind("reconstructFromArchivesService",
                new org.thywill.archive.repair.ReconstructFromArchivesService(settings.archives(), databases));
        String recoveryTemp = p.resolveProperty("thywill.recovery.temp-dir").orElse("").strip();
        org.thywill.archive.recovery.RecoverySettings recovery = new org.thywill.archive.recovery.RecoverySettings(
                settings.database(), settings.archives(), Long.parseLong(required(p, "thywill.import.max-file-bytes")),
                Integer.parseInt(required(p, "thywill.import.batch-files")), settings.busyTimeoutMs(),
                recoveryTemp.isEmpty() ? null : Path.of(recoveryTemp),
                Integer.parseInt(required(p, "thywill.recovery.max-examples")));
        r.bind("archiveValidator", new org.thywill.archive.recovery.ArchiveValidator(recovery.archives(),
                recovery.maxFileBytes()));
        r.bind("consistencyValidator", new org.thywill.archive.recovery.ConsistencyValidator(recovery));
        r.bind("recoveryReporter", new org.thywill.archive.recovery.RecoveryReporter(recovery,
                java.time.Clock.systemUTC()));
        r.bind("recoveryTester", new org.thywill.archive.recovery.RecoveryTester(recovery));
        r.bind("fullRecoveryService", new org.thywill.archive.recovery.FullRecoveryService(recovery,
                settings.backups(), new DatabaseWriterRoutes(context), databases::closedWhile,
                java.time.Clock.systemDefaultZone()));

        // Close the database after the routes have stopped.
        context.addLifecycleStrategy(new org.apache.camel.support.LifecycleStrategySupport() {
            @Override
            public void onContextStopped(CamelContext stopped) {
                databases.close();
            }
        });
    }

    /**
     * The health check {@code backups} (found by Camel's registry health-check repository) and the JMX service
     * {@code BackupStatus}, watching the tiers whose schedule is enabled ({@code thywill.backups.<tier>-enabled}) with
     * their limits ({@code thywill.backups.<tier>-overdue-hours}).
     */
    private static void bindBackupHealth(CamelContext context, PropertiesComponent p, BackupService backups) {
        java.util.Map<BackupTier, java.time.Duration> limits = new java.util.EnumMap<>(BackupTier.class);
        for (BackupTier tier : BackupTier.values()) {
            if (tier.scheduled() && Boolean.parseBoolean(required(p, "thywill.backups." + tier.id() + "-enabled"))) {
                limits.put(tier, java.time.Duration.ofHours(
                        Long.parseLong(required(p, "thywill.backups." + tier.id() + "-overdue-hours"))));
            }
        }
        BackupFreshness freshness = new BackupFreshness(backups::lastGood, limits, java.time.Clock.systemDefaultZone());
        context.getRegistry().bind("backupsHealthCheck", new BackupsHealthCheck(freshness));
        try {
            context.addService(new BackupStatus(backups::lastGood, freshness));
        } catch (Exception e) {
            throw new IllegalStateException("cannot add the BackupStatus service", e);
        }
    }

    /**
     * Operations (README "Operations"): the health checks {@code database} and {@code disk-space} (found by Camel's
     * registry health-check repository, like {@code backups}); the pipeline's own meters in the Prometheus registry
     * Camel's metrics use (bound as {@code metricsRegistry}; camel-micrometer-prometheus serves it at /observe/metrics), fed by an event notifier on the routes; and the JMX connector when {@code thywill.jmx.port} is set
     * (never in a one-shot command, which has JMX off).
     */
    private static void bindOperations(CamelContext context, PropertiesComponent p, ThyWillSettings settings,
                                       BackupService backups) {
        Registry r = context.getRegistry();
        r.bind("databaseHealthCheck", new org.thywill.archive.health.DatabaseHealthCheck(settings.database()));
        r.bind("diskSpaceHealthCheck", new org.thywill.archive.health.DiskSpaceHealthCheck(settings.backups(),
                settings.database(), Long.parseLong(required(p, "thywill.health.disk.min-free-mb")) * 1024 * 1024));

        // Camel's metrics service (camel.metrics.enabled) may have bound its registry already; else it takes this one.
        io.micrometer.core.instrument.MeterRegistry meters = r.lookupByNameAndType(
                org.apache.camel.component.micrometer.MicrometerConstants.METRICS_REGISTRY_NAME,
                io.micrometer.core.instrument.MeterRegistry.class);
        if (meters == null) {
            meters = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                    io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
            r.bind(org.apache.camel.component.micrometer.MicrometerConstants.METRICS_REGISTRY_NAME, meters);
        }
        org.thywill.archive.metrics.PipelineMetrics pipeline = new org.thywill.archive.metrics.PipelineMetrics(meters);
        r.bind("pipelineMetrics", pipeline);
        org.thywill.archive.metrics.BackupAgeGauges.register(meters, backups::lastGood,
                java.time.Clock.systemDefaultZone());
        context.getManagementStrategy().addEventNotifier(
                new org.thywill.archive.metrics.PipelineMetricsNotifier(pipeline));

        String jmxPort = p.resolveProperty("thywill.jmx.port").orElse("").strip();
        boolean jmx = Boolean.parseBoolean(p.resolveProperty("camel.main.jmx-enabled").orElse("true"));
        if (jmx && !jmxPort.isEmpty() && Integer.parseInt(jmxPort) != 0) {
            org.thywill.archive.ops.JmxConnector connector = new org.thywill.archive.ops.JmxConnector(
                    Integer.parseInt(jmxPort),
                    () -> context.getManagementStrategy().getManagementAgent() != null
                            ? context.getManagementStrategy().getManagementAgent().getMBeanServer()
                            : java.lang.management.ManagementFactory.getPlatformMBeanServer());
            r.bind("jmxConnector", connector);
            try {
                context.addService(connector);
            } catch (Exception e) {
                throw new IllegalStateException("cannot add the JMX connector", e);
            }
        }
    }

    /** The HTTP API's beans (routes/archive-api.camel.yaml). */
    private static void bindArchiveApi(PropertiesComponent p, Registry r, ThyWillSettings settings,
                                       DatabaseProvider databases) {
        java.time.Clock utc = java.time.Clock.systemUTC();
        r.bind("apiAuthenticator", new org.thywill.archive.api.SessionAuthenticator(databases::get, utc));
        r.bind("apiErrorResponse", new org.thywill.archive.api.ApiErrorResponse());
        r.bind("apiArchiveAccess", new org.thywill.archive.api.ArchiveAccess());
        org.thywill.archive.api.DownloadLimiter limiter = new org.thywill.archive.api.DownloadLimiter(
                Integer.parseInt(required(p, "thywill.http.downloads.max-concurrent-per-user")),
                Integer.parseInt(required(p, "thywill.http.downloads.max-per-minute")), utc);
        r.bind("apiDownloadLimiter", limiter);
        r.bind("apiZipDownloads", new org.thywill.archive.api.ZipDownloads(databases::get, limiter));
        r.bind("apiUserMetadata", new org.thywill.archive.api.UserMetadata(settings.archives(), databases::get));
        r.bind("apiCommunityList", new org.thywill.archive.api.CommunityList(settings.archives()));
        r.bind("apiPrayerFile", new org.thywill.archive.api.PrayerFileDownload(settings.archives(), databases::get));
        r.bind("apiDownloadsCleanupResponse", new org.thywill.archive.api.DownloadsCleanupResponse());
    }

    private static String required(PropertiesComponent p, String key) {
        return p.resolveProperty(key).orElseThrow(() -> new IllegalStateException("missing setting " + key
                + " (see config/application.properties)"));
    }
}
