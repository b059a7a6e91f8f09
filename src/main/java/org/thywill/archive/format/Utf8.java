package org.thywill.archive.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Strict UTF-8 decoding of a whole file: invalid bytes are a diagnostic naming their line, never a U+FFFD. */
public final class Utf8 {

    private Utf8() {
    }

    /** The text, or a null value and one diagnostic at the line of the first invalid byte. */
    public static Parsed<String> decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String reason = String.format("not valid UTF-8: byte 0x%02X at column %d (byte offset %d)",
                    bytes[offset] & 0xFF, offset - lineStart + 1, offset);
            return new Parsed<>(null, List.of(Diagnostic.atLine(line, reason)));
        }
        out.flip();
        return Parsed.clean(out.toString());
    }
}
