package org.thywill.archive.format.export;

import java.util.function.Function;

/** The row format of one record kind: one row of text to a record and back. */
public interface RowCodec<R> {

    /** The record in {@code row}, or a {@link BadRowException} saying why there is none. */
    R parse(String row);

    /** The row exactly as the original writer renders {@code record}. */
    String render(R record);

    static <R> RowCodec<R> of(Function<String, R> parse, Function<R, String> render) {
        return new RowCodec<>() {
            @Override
            public R parse(String row) {
                return parse.apply(row);
            }

            @Override
            public String render(R record) {
                return render.apply(record);
            }
        };
    }
}
