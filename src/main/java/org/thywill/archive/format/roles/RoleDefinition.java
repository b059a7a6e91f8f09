package org.thywill.archive.format.roles;

import java.util.Objects;

/**
 * A role row of {@code roles/role_definitions.txt}:
 * {@code name|description|permissions_json|True/False is_system_role|created_by}.
 *
 * @param description     as written; the original replaces every {@code |} in it by {@code _}
 * @param permissionsJson the JSON list as {@code json.dumps} writes it, e.g. {@code ["read", "write_own"]}
 * @param createdBy       {@code null} when written {@code None}
 */
public record RoleDefinition(String name, String description, String permissionsJson, boolean systemRole,
                             String createdBy) {

    public RoleDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(permissionsJson, "permissionsJson");
    }
}
