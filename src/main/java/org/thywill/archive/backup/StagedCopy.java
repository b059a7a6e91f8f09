package org.thywill.archive.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import org.thywill.archive.files.DurableFiles;

/**
 * The backup copied beside the live database, under a hidden temp name in the same folder
 * ({@code .<db name>.restore.<random>.tmp}, so the final rename cannot cross file systems): hashed while copied
 * (the copy must have the SHA-256 that was verified: a backup changed since is refused), forced to disk, and
 * checked — {@code PRAGMA integrity_check} must answer {@code ok} and the store must be able to open it
 * ({@link SchemaCheck#refusal}). It takes the live database's file permissions (the database holds session ids).
 */
public final class StagedCopy {

    private StagedCopy() {
    }

    /** Copies {@code backup} to a new temp file beside {@code target}; on any failure nothing is left. */
    public static Path stage(Path backup, String verifiedSha256, Path target) throws IOException {
        Path dir = target.getParent();
        DurableFiles.createDirectoriesDurably(dir);
        Path temp = DurableFiles.createTemp(dir, target.getFileName() + ".restore");
        try {
            String copied = copyHashing(backup, temp);
            if (!copied.equals(verifiedSha256)) {
                throw new RestoreException(RestoreException.Reason.BACKUP_REJECTED, "restore refused: " + backup
                        + " changed after it was verified (its SHA-256 is now " + copied + ", it was "
                        + verifiedSha256 + ")");
            }
            copyPermissions(target, temp);
            return temp;
        } catch (IOException | RuntimeException e) {
            deleteWithCompanions(temp);
            throw e;
        }
    }

    /** The checks the copy must pass before it may replace anything. */
    static void check(Path temp, Path backup) throws SQLException, IOException {
        String header = SqliteFile.headerProblem(temp);
        if (header != null) {
            throw rejected(backup, header);
        }
        try (SqliteFile f = SqliteFile.openReadOnly(temp)) {
            List<String> integrity = f.integrityCheck();
            if (!SqliteFile.isOk(integrity)) {
                throw rejected(backup, "its copy failed PRAGMA integrity_check: "
                        + String.join("; ", integrity.subList(0, Math.min(5, integrity.size()))));
            }
        }
        String refusal = SchemaCheck.refusal(temp);
        if (refusal != null) {
            throw rejected(backup, refusal);
        }
    }

    /** Deletes the temp file and whatever SQLite may have left beside it ({@code -wal}, {@code -shm}, {@code -journal}). */
    public static void deleteWithCompanions(Path temp) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            } catch (IOException ignored) {
                // a hidden .tmp name: backup cleanup removes stale temp files, and nothing reads it
            }
        }
    }

    public static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static RestoreException rejected(Path backup, String why) {
        return new RestoreException(RestoreException.Reason.BACKUP_REJECTED, "restore refused: " + backup + ": " + why);
    }

    private static String copyHashing(Path from, Path to) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(from);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
                ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
                while (b.hasRemaining()) {
                    out.write(b);
                }
            }
            out.force(true);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }
}
