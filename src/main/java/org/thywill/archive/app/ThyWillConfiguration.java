package org.thywill.archive.app;

import java.nio.file.Path;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.thywill.archive.backup.BackupService;
import org.thywill.archive.backup.CamelRemoteCopier;
import org.thywill.archive.backup.RemoteCopier;
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
        r.bind("backupService", new BackupService(settings.database(), settings.backups(), settings.busyTimeoutMs(),
                remoteUri.isEmpty() ? RemoteCopier.NONE : new CamelRemoteCopier(context, remoteUri),
                java.time.Clock.systemDefaultZone()));
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

        // Close the database after the routes have stopped.
        context.addLifecycleStrategy(new org.apache.camel.support.LifecycleStrategySupport() {
            @Override
            public void onContextStopped(CamelContext stopped) {
                databases.close();
            }
        });
    }

    private static String required(PropertiesComponent p, String key) {
        return p.resolveProperty(key).orElseThrow(() -> new IllegalStateException("missing setting " + key
                + " (see config/application.properties)"));
    }
}
