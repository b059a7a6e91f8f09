package org.thywill.archive.format.auth;

/** Reads and writes one data line of a line-oriented archive file. */
public interface RowCodec<R> {

    /** The record this line stands for, or an {@link UnreadableLineException} saying why it is not one. */
    R parse(String line) throws UnreadableLineException;

    /** The line (without newline) the original writer writes for {@code row}. */
    String write(R row);
}
