package org.thywill.archive.intake;

import java.util.regex.Pattern;

/**
 * The rules for a ZIP entry name, which is never trusted (zip-slip): the same rules apply when the central
 * directory is inspected and when an entry is staged. A backslash counts as a separator, so names written by
 * Windows tools read as paths and {@code ..\..\x} cannot slip through.
 */
final class EntryNames {

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    static final String MACOS_FOLDER = "__MACOSX";

    private EntryNames() {
    }

    /**
     * The name as a {@code /}-separated relative path (a folder entry keeps no trailing {@code /}).
     *
     * @throws DropRejectedException naming the entry, when the name is unsafe
     */
    static String check(String name) throws DropRejectedException {
        if (name == null || name.isEmpty()) {
            throw new DropRejectedException("an entry has an empty name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) {
                throw rejected(name, String.format("its name contains the control character U+%04X", (int) c));
            }
            if (c == '\uFFFD') {
                throw rejected(name, "its name is not valid UTF-8 (it holds U+FFFD)");
            }
        }
        String path = name.replace('\\', '/');
        if (path.startsWith("/")) {
            throw rejected(name, "its name is an absolute path");
        }
        if (DRIVE_LETTER.matcher(path).matches()) {
            throw rejected(name, "its name starts with a drive letter");
        }
        String body = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String[] segments = body.split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..")) {
                throw rejected(name, "its name climbs out of the folder with '..'");
            }
        }
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".")) {
                throw rejected(name, "its name has an empty or '.' path segment");
            }
        }
        return body;
    }

    /** Why an entry with this checked path is skipped rather than staged, or {@code null}. */
    static String skipReason(String path) {
        String[] segments = path.split("/");
        if (segments[0].equals(MACOS_FOLDER)) {
            return "macOS metadata (" + MACOS_FOLDER + "/)";
        }
        for (String segment : segments) {
            if (segment.startsWith(".")) {
                return "hidden file or folder ('" + segment + "')";
            }
        }
        return null;
    }

    static boolean isDirectoryName(String name) {
        return name.endsWith("/") || name.endsWith("\\");
    }

    static DropRejectedException rejected(String name, String problem) {
        return new DropRejectedException("entry " + describe(name) + ": " + problem);
    }

    /** The name in quotes, control characters written as {@code \\uXXXX} so a hostile name cannot forge log lines. */
    static String describe(String name) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }
}
