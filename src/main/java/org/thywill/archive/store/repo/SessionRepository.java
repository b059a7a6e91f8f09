package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code session} table. */
public final class SessionRepository extends Repository<SessionRow> {

    SessionRepository() {
        super(new RowTable<>("session",
                List.of("id", "username", "created_at", "expires_at", "auth_request_id", "device_info", "ip_address",
                        "is_fully_authenticated"),
                s -> new Object[] {s.id(), s.username(), s.createdAt(), s.expiresAt(), s.authRequestId(),
                        s.deviceInfo(), s.ipAddress(), s.isFullyAuthenticated()},
                rs -> new SessionRow(rs.getString("id"), rs.getString("username"), Columns.time(rs, "created_at"),
                        Columns.time(rs, "expires_at"), rs.getString("auth_request_id"), rs.getString("device_info"),
                        rs.getString("ip_address"), Columns.bool(rs, "is_fully_authenticated"))));
    }

    /** The session with that id, expired or not: the caller decides what is valid. */
    public Optional<SessionRow> findById(Connection c, String id) throws SQLException {
        return table.one(c, "id = ?", id);
    }
}
