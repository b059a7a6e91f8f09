package org.thywill.archive.cli;

/** Finding our own exception in the chain Camel wraps around what a route threw. */
final class Causes {

    private Causes() {
    }

    /** The outermost {@code type} in {@code e}'s cause chain ({@code e} included), or null. */
    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
