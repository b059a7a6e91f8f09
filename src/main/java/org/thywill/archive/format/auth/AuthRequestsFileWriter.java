package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes {@code auth/YYYY_MM_auth_requests.txt} as the original's AuthArchiveWriter does: header
 * {@code Authentication Requests for <Month Year>} / {@code Format: timestamp|user_id|device_info|ip_address|status|details}
 * / blank, then {@code ISO|user_id|device_info|ip|status|expires_<ISO>[,verification_required]} per request.
 *
 * <p>What the format cannot carry: {@code |} in the device info is written as {@code _} (as the
 * original does); a {@code |} in another column, or a newline anywhere, breaks the line and reads back
 * as an unrecognised line. A null user, device or IP is written {@code None} and read back as null
 * (the original writes {@code None} for a null user or IP and cannot archive a null device at all).
 */
public final class AuthRequestsFileWriter implements ArchiveWriter<MonthlyLog<AuthRequest>> {

    @Override
    public String write(MonthlyLog<AuthRequest> log) {
        return AuthRequestRows.LOG.write(log);
    }
}
