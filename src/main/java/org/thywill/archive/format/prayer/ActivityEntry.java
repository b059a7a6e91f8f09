package org.thywill.archive.format.prayer;

/**
 * One entry of a prayer file's {@code Activity:} section, in file order: either an understood activity
 * ({@link TimedEntry}) or a line the reader could not understand ({@link UnrecognisedLine}), kept verbatim
 * so the writer can write it back.
 */
public sealed interface ActivityEntry permits TimedEntry, UnrecognisedLine {
}
