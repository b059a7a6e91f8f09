/**
 * The live {@code roles/YYYY_MM_role_assignments.txt} and the {@code roles/role_definitions.txt} and
 * {@code roles/role_history.txt} files (reference §2.9). The export-all {@code roles/roles.txt} and
 * {@code roles/user_roles.txt} dumps are in {@code format.export}.
 */
package org.thywill.archive.format.roles;
