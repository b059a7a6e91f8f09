package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/** Reads {@code auth/YYYY_MM_auth_requests.txt} (reference §2.7). */
public final class AuthRequestsFileReader implements ArchiveReader<MonthlyLog<AuthRequest>> {

    @Override
    public Parsed<MonthlyLog<AuthRequest>> read(String text) {
        return AuthRequestRows.LOG.read(text);
    }
}
