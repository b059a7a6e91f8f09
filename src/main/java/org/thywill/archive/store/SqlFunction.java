package org.thywill.archive.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection that returns a value; see {@link Database#inTransaction} and {@link Database#read}. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
}
