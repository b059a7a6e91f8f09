package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes {@code auth/YYYY_MM_security_events.txt} as the original's AuthArchiveWriter does: header
 * {@code Security Events for <Month Year>} / {@code Format: timestamp|event_type|user_id|ip_address|user_agent|details}
 * / blank, then {@code ISO|event_type|user_id|ip|user_agent|details} per event.
 *
 * <p>What the format cannot carry: {@code |} in the user agent or the details is written as {@code _}
 * (as the original does); a {@code |} in the other columns, or a newline anywhere, breaks the line
 * (the original writes it raw too) and reads back as an unrecognised line. A null column is written
 * {@code None}; the original writes that for a null user or IP and cannot archive a null user agent or
 * details at all (B20), so {@code None} there is our encoding, read back as null. A value that is
 * literally {@code None} therefore reads back as null.
 */
public final class SecurityEventsFileWriter implements ArchiveWriter<MonthlyLog<SecurityEvent>> {

    @Override
    public String write(MonthlyLog<SecurityEvent> log) {
        return SecurityEventRows.LOG.write(log);
    }
}
