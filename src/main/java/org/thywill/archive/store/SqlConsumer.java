package org.thywill.archive.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection that returns nothing; see {@link Database#runInTransaction}. */
@FunctionalInterface
public interface SqlConsumer {
    void accept(Connection connection) throws SQLException;
}
