package org.thywill.archive.store;

/**
 * The file holds a database the store must not adopt (another application's tables, or a ThyWill database
 * whose tables lack columns this pipeline needs). Nothing in the file was changed.
 */
public class NotAThyWillDatabaseException extends StoreException {

    public NotAThyWillDatabaseException(String message) {
        super(message);
    }
}
