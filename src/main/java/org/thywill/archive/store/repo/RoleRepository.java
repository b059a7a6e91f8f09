package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code role} table (role names are unique). */
public final class RoleRepository {

    static final RowTable<RoleRow> TABLE = new RowTable<>("role",
            List.of("id", "name", "description", "permissions", "created_at", "created_by", "is_system_role"),
            r -> new Object[] {r.id(), r.name(), r.description(), r.permissions(), r.createdAt(), r.createdBy(),
                    r.isSystemRole()},
            rs -> new RoleRow(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                    rs.getString("permissions"), Columns.time(rs, "created_at"), rs.getString("created_by"),
                    Columns.bool(rs, "is_system_role")));

    private RoleRepository() {
    }

    public static void insert(Connection c, RoleRow row) throws SQLException {
        TABLE.insert(c, row);
    }

    public static BatchInsert<RoleRow> batch(Connection c) throws SQLException {
        return TABLE.batch(c);
    }

    public static long insertAll(Connection c, Iterable<? extends RoleRow> rows) throws SQLException {
        return TABLE.insertAll(c, rows);
    }

    public static Optional<RoleRow> findById(Connection c, String id) throws SQLException {
        return TABLE.one(c, "id = ?", id);
    }

    public static Optional<RoleRow> findByName(Connection c, String name) throws SQLException {
        return TABLE.one(c, "name = ?", name);
    }

    public static List<RoleRow> findAll(Connection c) throws SQLException {
        return TABLE.all(c);
    }

    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }
}
