package org.thywill.archive.app;

import java.nio.file.Path;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.thywill.archive.demo.DemoGenerator;
import org.thywill.archive.processors.ArchiveFileParser;

/** The beans the routes use, built from the thywill.* settings. */
public class ThyWillConfiguration implements CamelConfiguration {

    @BindToRegistry("settings")
    public ThyWillSettings settings(@PropertyInject("thywill.db") String db,
                                    @PropertyInject("thywill.archives") String archives,
                                    @PropertyInject("thywill.backups") String backups,
                                    @PropertyInject("thywill.sqlite.busy-timeout-ms") int busyTimeoutMs) {
        return new ThyWillSettings(Path.of(db), Path.of(archives), Path.of(backups), busyTimeoutMs);
    }

    @BindToRegistry("archiveFileParser")
    public ArchiveFileParser archiveFileParser() {
        return new ArchiveFileParser();
    }

    @BindToRegistry("demoGenerator")
    public DemoGenerator demoGenerator() {
        return new DemoGenerator();
    }
}
