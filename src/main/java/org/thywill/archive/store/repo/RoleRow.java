package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/** A {@code role} row. {@code permissions} is the original's JSON list text, e.g. {@code ["*", "admin.users"]}. */
public record RoleRow(
        String id,
        String name,
        String description,
        String permissions,
        LocalDateTime createdAt,
        String createdBy,
        boolean isSystemRole) {

    public RoleRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
