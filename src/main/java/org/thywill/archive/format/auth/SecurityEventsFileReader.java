package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/** Reads {@code auth/YYYY_MM_security_events.txt} (reference §2.7). */
public final class SecurityEventsFileReader implements ArchiveReader<MonthlyLog<SecurityEvent>> {

    @Override
    public Parsed<MonthlyLog<SecurityEvent>> read(String text) {
        return SecurityEventRows.LOG.read(text);
    }
}
