package org.thywill.archive.format.auth;

import static org.thywill.archive.format.auth.PythonText.noneToNull;
import static org.thywill.archive.format.auth.PythonText.orNone;
import static org.thywill.archive.format.auth.PythonText.pipesToUnderscores;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;

/** The line codec and header of {@code auth/YYYY_MM_auth_requests.txt}. */
final class AuthRequestRows implements RowCodec<AuthRequest> {

    static final String FORMAT = "timestamp|user_id|device_info|ip_address|status|details";
    static final MonthlyLogFormat<AuthRequest> LOG =
            new MonthlyLogFormat<>("Authentication Requests", FORMAT, new AuthRequestRows());

    private static final String EXPIRES = "expires_";
    private static final String VERIFICATION_REQUIRED = "verification_required";

    @Override
    public AuthRequest parse(String line) throws UnreadableLineException {
        List<String> c = PipeColumns.exactly(line, FORMAT);
        LocalDateTime created = ExactTime.requireIsoLocal(c.get(0), "timestamp");
        String details = c.get(5);
        LocalDateTime expires = null;
        boolean verification = false;
        if (!details.isEmpty()) {
            String[] parts = details.split(",", -1);
            int i = 0;
            if (parts[0].startsWith(EXPIRES)) {
                expires = ExactTime.requireIsoLocal(parts[0].substring(EXPIRES.length()), "expiry");
                i++;
            }
            if (i < parts.length && parts[i].equals(VERIFICATION_REQUIRED)) {
                verification = true;
                i++;
            }
            if (i != parts.length) {
                throw new UnreadableLineException("unrecognised request details '" + details
                        + "' (expected expires_<ISO>[,verification_required])");
            }
        }
        return new AuthRequest(created, noneToNull(c.get(1)), noneToNull(c.get(2)), noneToNull(c.get(3)),
                c.get(4), expires, verification);
    }

    @Override
    public String write(AuthRequest r) {
        List<String> details = new ArrayList<>(2);
        if (r.expiresAt() != null) {
            details.add(EXPIRES + ArchiveTime.iso(r.expiresAt()));
        }
        if (r.verificationRequired()) {
            details.add(VERIFICATION_REQUIRED);
        }
        return String.join("|", ArchiveTime.iso(r.createdAt()), orNone(r.userId()),
                pipesToUnderscores(orNone(r.deviceInfo())), orNone(r.ipAddress()), r.status(),
                String.join(",", details));
    }
}
