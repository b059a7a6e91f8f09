package org.thywill.archive.format;

/** Writes the whole text of one archive file of a kind, byte for byte as the original writer would. */
@FunctionalInterface
public interface ArchiveWriter<T> {
    String write(T value);
}
