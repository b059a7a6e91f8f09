package org.thywill.archive.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The original's {@code sessions_backup.json} (reference thywill-operations.md §5.1), field for field: times as
 * Python's {@code isoformat()} writes them, session times naive UTC, {@code exported_at} local. The session ids are
 * the {@code sid} cookie values: the file is a secret.
 */
@JsonPropertyOrder({"exported_at", "total_sessions", "sessions"})
public record SessionsBackup(
        @JsonProperty("exported_at") String exportedAt,
        @JsonProperty("total_sessions") Integer totalSessions,
        @JsonProperty("sessions") List<Entry> sessions) {

    /** One session. */
    @JsonPropertyOrder({"session_id", "username", "created_at", "expires_at", "ip_address", "device_info",
        "auth_request_id", "is_fully_authenticated"})
    public record Entry(
            @JsonProperty("session_id") String sessionId,
            @JsonProperty("username") String username,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("expires_at") String expiresAt,
            @JsonProperty("ip_address") String ipAddress,
            @JsonProperty("device_info") String deviceInfo,
            @JsonProperty("auth_request_id") String authRequestId,
            @JsonProperty("is_fully_authenticated") Boolean isFullyAuthenticated) {

        /** Never prints the session id. */
        @Override
        public String toString() {
            return "Entry[username=" + username + ", expiresAt=" + expiresAt + "]";
        }
    }
}
