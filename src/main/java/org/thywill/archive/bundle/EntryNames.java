package org.thywill.archive.bundle;

/**
 * The rule for every entry name a bundle writes: relative, {@code /}-separated, no empty, {@code .} or {@code ..}
 * segment, no backslash, no control character. A reader that extracts our bundles can never be sent outside its
 * target folder.
 */
public final class EntryNames {

    private EntryNames() {
    }

    /** {@code name} when it follows the rule; otherwise an {@link IllegalArgumentException} saying why. */
    public static String require(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException("unsafe ZIP entry name '" + name + "': " + problem);
        }
        return name;
    }

    /** Whether {@code segment} can be one part of an entry name (a file or folder name). */
    public static boolean isSafeSegment(String segment) {
        return segment != null && !segment.contains("/") && problem(segment) == null;
    }

    private static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "empty";
        }
        if (name.startsWith("/")) {
            return "absolute";
        }
        if (name.indexOf('\\') >= 0) {
            return "backslash";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "control character";
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "empty, '.' or '..' segment";
            }
        }
        return null;
    }
}
