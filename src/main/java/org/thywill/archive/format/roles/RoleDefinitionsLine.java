package org.thywill.archive.format.roles;

import java.util.Objects;

/**
 * A line below the header of {@code roles/role_definitions.txt}. The file is read as a sequence of these
 * so that every line, in order, is kept as written; {@link RoleDefinitionsFormat} reads the roles and the
 * total out of it.
 */
public sealed interface RoleDefinitionsLine {

    /** A role row. */
    record Role(RoleDefinition role) implements RoleDefinitionsLine {
        public Role {
            Objects.requireNonNull(role, "role");
        }
    }

    /** The empty line before the total. */
    record Blank() implements RoleDefinitionsLine {
    }

    /** {@code Total roles: N}. */
    record Total(int count) implements RoleDefinitionsLine {
    }
}
