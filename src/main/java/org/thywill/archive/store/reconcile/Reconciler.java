package org.thywill.archive.store.reconcile;

import java.sql.Connection;
import java.sql.SQLException;

import org.thywill.archive.format.ArchiveKind;

/** Placeholder for the reconciler being written on its own branch; replaced on merge. */
public final class Reconciler {

    /** The {@code text_file_path} value the original stores for the file at {@code relativePath}. */
    public static String storedPath(String relativePath) {
        return "text_archives/" + relativePath.replace('\\', '/');
    }

    public FileReconciliation reconcile(Connection c, ArchiveKind kind, String relativePath, Object record)
            throws SQLException {
        throw new UnsupportedOperationException("reconciler not merged yet");
    }

    public LinkReport linkAcrossFiles(Connection c) throws SQLException {
        throw new UnsupportedOperationException("reconciler not merged yet");
    }
}
