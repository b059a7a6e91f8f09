package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code role} table (role names are unique). */
public final class RoleRepository extends Repository<RoleRow> {

    RoleRepository() {
        super(new RowTable<>("role",
                List.of("id", "name", "description", "permissions", "created_at", "created_by", "is_system_role"),
                r -> new Object[] {r.id(), r.name(), r.description(), r.permissions(), r.createdAt(), r.createdBy(),
                        r.isSystemRole()},
                rs -> new RoleRow(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                        rs.getString("permissions"), Columns.time(rs, "created_at"), rs.getString("created_by"),
                        Columns.bool(rs, "is_system_role"))));
    }

    public Optional<RoleRow> findById(Connection c, String id) throws SQLException {
        return table.one(c, "id = ?", id);
    }

    public Optional<RoleRow> findByName(Connection c, String name) throws SQLException {
        return table.one(c, "name = ?", name);
    }
}
