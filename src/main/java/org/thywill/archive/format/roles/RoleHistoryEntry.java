package org.thywill.archive.format.roles;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of {@code roles/role_history.txt}:
 * {@code ISO timestamp|change_type|role_name|changed_by|old_value|new_value|details}, the last three written
 * with every {@code |} replaced by {@code _}.
 */
public record RoleHistoryEntry(LocalDateTime timestamp, String changeType, String roleName, String changedBy,
                               String oldValue, String newValue, String details) {

    public RoleHistoryEntry {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
        Objects.requireNonNull(details, "details");
    }
}
