package org.thywill.archive.format.system;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.auth.Snapshot;

/**
 * Writes {@code system/system_config.txt} as the original's SystemArchiveWriter does:
 * {@code System Configuration - Snapshot <Month DD, YYYY at HH:MM>} / {@code Format: key=value} / blank /
 * {@code KEY=value} per item in the snapshot's order / blank / {@code Configuration items: N}, with no
 * final newline. Build the items with {@link SystemConfigSnapshots#of} to get the original's order and
 * redaction.
 *
 * <p>What the format cannot carry: a newline in a key or value breaks the line, and a key containing
 * {@code =} reads back split at its first {@code =}.
 */
public final class SystemConfigWriter implements ArchiveWriter<Snapshot<ConfigItem>> {

    @Override
    public String write(Snapshot<ConfigItem> snapshot) {
        return SystemConfigSnapshots.SNAPSHOT.write(snapshot);
    }
}
