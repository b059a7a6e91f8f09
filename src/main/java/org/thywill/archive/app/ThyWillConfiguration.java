package org.thywill.archive.app;

import java.nio.file.Path;

import org.apache.camel.BeanInject;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.thywill.archive.importing.ArchiveImportService;
import org.thywill.archive.processors.ArchiveFileParser;
import org.thywill.archive.processors.ArchiveLedgerIdempotentRepository;

/** The beans the routes use, built from the thywill.* settings. */
public class ThyWillConfiguration implements CamelConfiguration {

    @BindToRegistry("settings")
    public ThyWillSettings settings(@PropertyInject("thywill.db") String db,
                                    @PropertyInject("thywill.archives") String archives,
                                    @PropertyInject("thywill.backups") String backups,
                                    @PropertyInject("thywill.sqlite.busy-timeout-ms") int busyTimeoutMs) {
        return new ThyWillSettings(Path.of(db), Path.of(archives), Path.of(backups), busyTimeoutMs);
    }

    @BindToRegistry(value = "databaseProvider", destroyMethod = "close")
    public DatabaseProvider databaseProvider(@BeanInject("settings") ThyWillSettings settings) {
        return new DatabaseProvider(settings);
    }

    @BindToRegistry("archiveImportService")
    public ArchiveImportService archiveImportService(@BeanInject("settings") ThyWillSettings settings,
                                                     @BeanInject("databaseProvider") DatabaseProvider databases,
                                                     @PropertyInject("thywill.import.max-file-bytes") long maxFileBytes) {
        return new ArchiveImportService(settings, databases, maxFileBytes);
    }

    @BindToRegistry("archiveLedgerRepository")
    public ArchiveLedgerIdempotentRepository archiveLedgerRepository(
            @BeanInject("archiveImportService") ArchiveImportService imports) {
        return new ArchiveLedgerIdempotentRepository(imports);
    }

    @BindToRegistry("archiveFileParser")
    public ArchiveFileParser archiveFileParser() {
        return new ArchiveFileParser();
    }
}
