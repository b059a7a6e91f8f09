package org.thywill.archive.format.auth;

import java.util.List;

/**
 * One entry of a Tier 2 archive file as read: either something the reader understood (a row, a
 * session block) or a line it did not understand, kept verbatim so that the writer puts it back.
 */
public sealed interface FileEntry<T> permits FileEntry.Understood, FileEntry.Unrecognised {

    /** An understood entry; it may stand for several lines of the file (a session block). */
    record Understood<T>(T value) implements FileEntry<T> {
    }

    /** A line the reader could not understand, exactly as it stands in the file (without its newline). */
    record Unrecognised<T>(String line) implements FileEntry<T> {
    }

    /** The line(s) this entry stands for: {@code write} applied to an understood value, or the kept line. */
    default String render(java.util.function.Function<? super T, String> write) {
        if (this instanceof Understood<T> u) {
            return write.apply(u.value());
        }
        return ((Unrecognised<T>) this).line();
    }

    static <T> FileEntry<T> understood(T value) {
        return new Understood<>(value);
    }

    static <T> FileEntry<T> unrecognised(String line) {
        return new Unrecognised<>(line);
    }

    /** The understood values of {@code entries}, in order. */
    static <T> List<T> values(List<FileEntry<T>> entries) {
        return entries.stream()
                .<T>mapMulti((e, out) -> {
                    if (e instanceof Understood<T> u) {
                        out.accept(u.value());
                    }
                })
                .toList();
    }

    /** Wraps every value as an understood entry. */
    static <T> List<FileEntry<T>> allUnderstood(List<T> values) {
        return values.stream().<FileEntry<T>>map(Understood::new).toList();
    }
}
