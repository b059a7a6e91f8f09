package org.thywill.archive.format;

/** Reads the whole text of one archive file of a kind. Never throws on bad content: it reports diagnostics. */
@FunctionalInterface
public interface ArchiveReader<T> {
    Parsed<T> read(String text);
}
