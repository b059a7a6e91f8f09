package org.thywill.archive.sessions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.thywill.archive.files.DurableFiles;

/** Reads and writes a {@link SessionsBackup} file; a file that is not one is refused naming the file, line and why. */
final class SessionsBackupFile {

    /** No sessions file of a real community comes near this; a larger one is junk. */
    static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SessionsBackupFile() {
    }

    /** Writes {@code backup} to {@code file} atomically and durably, owner-only from its creation. */
    static void write(Path file, SessionsBackup backup) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(backup);
        DurableFiles.writeAtomicallyOwnerOnly(file, out -> {
            out.write(bytes);
            out.write('\n');
        });
    }

    static SessionsBackup read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SessionsFileException(file + ": " + size + " bytes, more than a sessions file can be ("
                        + MAX_BYTES + ")");
            }
            SessionsBackup backup = JSON.readValue(file.toFile(), SessionsBackup.class);
            if (backup == null || backup.sessions() == null) {
                throw new SessionsFileException(file + ": not a sessions backup (no \"sessions\" list)");
            }
            return backup;
        } catch (NoSuchFileException e) {
            throw new SessionsFileException(file + ": no such file");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new SessionsFileException(file + ": " + where + "not a sessions backup (" + e.getOriginalMessage()
                    + ")");
        } catch (IOException e) {
            throw new SessionsFileException(file + ": cannot be read: " + e.getMessage());
        }
    }
}
