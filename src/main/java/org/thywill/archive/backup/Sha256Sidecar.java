package org.thywill.archive.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code sha256sum}-format checksum line, {@code <64 hex>  <file name>\n}: written with the backup's name
 * relative to the sidecar's folder, so {@code sha256sum -c} works wherever the pair is copied (the original wrote
 * an absolute path, which checked the original location instead of the copy; reference §9.3).
 */
public record Sha256Sidecar(String sha256, String fileName) {

    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    public String text() {
        return sha256 + "  " + fileName + "\n";
    }

    /** The one line of a sidecar; also accepts the binary-mode marker {@code *} and a path (the original's). */
    public static Sha256Sidecar parse(String text) {
        String line = text.strip();
        Matcher m = LINE.matcher(line);
        if (line.contains("\n") || !m.matches()) {
            throw new IllegalArgumentException("not a sha256sum line: '" + abbreviate(line) + "'");
        }
        return new Sha256Sidecar(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
    }

    /** Whether the sidecar names {@code name}: exactly, as {@code ./name}, or as a path ending in {@code /name}. */
    public boolean names(String name) {
        return fileName.equals(name) || fileName.equals("./" + name) || fileName.endsWith("/" + name);
    }

    /** The SHA-256 of a file's bytes, in lower-case hex, streamed. */
    public static String hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Starts hashing {@code file} on a thread of its own, so the hash costs no time while the caller reads the file
     * another way ({@code PRAGMA integrity_check}); both read it from the page cache. Cancelling does not stop it.
     */
    static CompletableFuture<String> hashInBackground(Path file) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(hash(file));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "sha256 " + file.getFileName());
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** The hash {@link #hashInBackground} computed, its {@code IOException} rethrown as such. */
    static String await(CompletableFuture<String> hash) throws IOException {
        try {
            return hash.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static byte[] bytes(Sha256Sidecar s) {
        return s.text().getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
