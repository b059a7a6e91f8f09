package org.thywill.archive.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.thywill.archive.recovery.ArchiveProblem;
import org.thywill.archive.recovery.ArchiveValidation;
import org.thywill.archive.recovery.ArchiveValidator;

/** An archive tree as the crash checks see it: its data files' bytes, its hidden leftovers, its validation. */
final class TreeState {

    private TreeState() {
    }

    /**
     * Every data file by relative path and SHA-256 of its bytes: hidden files and folders (temp files, staging) and
     * the drop folder are not data, and are left out; everything else is, whatever its name.
     */
    static Map<String, String> dataFiles(Path root) {
        Map<String, String> out = new TreeMap<>();
        for (String rel : files(root)) {
            if (!isHidden(rel) && !rel.startsWith("incoming/")) {
                out.put(rel, rel.startsWith("roles/") ? sha256AfterTitle(root.resolve(rel)) : sha256(root.resolve(rel)));
            }
        }
        return out;
    }

    /** Hidden files anywhere under {@code root} (temp files, staging folders' content), drop folder included. */
    static List<String> hiddenFiles(Path root) {
        return files(root).stream().filter(TreeState::isHidden).toList();
    }

    /** Every regular file under {@code root}, hidden or not. */
    static List<String> allFiles(Path root) {
        return files(root);
    }

    /** Files whose name ends with {@code suffix}, anywhere under {@code root}. */
    static List<String> filesEndingWith(Path root, String suffix) {
        return files(root).stream().filter(f -> f.endsWith(suffix)).toList();
    }

    /** A cheap fingerprint of everything under {@code root}: each file's path and size, hidden files included. */
    static String signature(Path root) {
        StringBuilder out = new StringBuilder();
        for (String rel : files(root)) {
            try {
                out.append(rel).append('=').append(Files.size(root.resolve(rel))).append('\n');
            } catch (IOException e) {
                out.append(rel).append("=gone\n"); // a temp file renamed meanwhile
            }
        }
        return out.toString();
    }

    /** {@code validate-archives}: every file parses with the reader of its kind, zero diagnostics, sound layout. */
    static List<String> validationProblems(Path root) {
        ArchiveValidation v = new ArchiveValidator(root, 64L << 20).validate();
        List<String> out = new ArrayList<>();
        for (ArchiveProblem p : v.problems()) {
            out.add(p.describe());
        }
        return out;
    }

    static int countData(Path root) {
        return Files.isDirectory(root) ? dataFiles(root).size() : 0;
    }

    private static boolean isHidden(String rel) {
        for (String segment : rel.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> s = Files.walk(root)) {
                return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                if (attempt >= 20) { // a file renamed or deleted while walked (the killed process was writing)
                    throw e instanceof UncheckedIOException u ? u : new UncheckedIOException((IOException) e);
                }
            }
        }
    }

    /**
     * The role dumps' title says when they were exported ({@code System Roles (exported November 22 2026 at 07:55)}),
     * as the original's export-all writes it: a run a minute later differs there and nowhere else.
     */
    private static String sha256AfterTitle(Path file) {
        try {
            String text = Files.readString(file);
            int nl = text.indexOf('\n');
            return "after title " + sha256(text.substring(nl + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What differs between two {@link #dataFiles} maps: missing, unexpected and changed files (empty: none). */
    static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> out = new ArrayList<>();
        expected.forEach((k, v) -> {
            if (!actual.containsKey(k)) {
                out.add("missing " + k);
            } else if (!actual.get(k).equals(v)) {
                out.add("different bytes " + k);
            }
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> out.add("unexpected " + k));
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
