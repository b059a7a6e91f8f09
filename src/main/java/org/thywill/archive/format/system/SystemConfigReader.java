package org.thywill.archive.format.system;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.Snapshot;

/** Reads {@code system/system_config.txt} (reference §2.10). */
public final class SystemConfigReader implements ArchiveReader<Snapshot<ConfigItem>> {

    @Override
    public Parsed<Snapshot<ConfigItem>> read(String text) {
        return SystemConfigSnapshots.SNAPSHOT.read(text);
    }
}
