package org.thywill.archive.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path segments and query of a request, read from the raw request URI ({@code /api/archive/user/Mary%20Ann/download?x=1})
 * and percent-decoded here as UTF-8. The API reads its ids from this, not from the headers platform-http makes of
 * path parameters: a request header or query parameter of the same name would be merged into those.
 * In a path, {@code +} is a plus; in the query it is a space (form encoding). Malformed escapes or bytes that are
 * not UTF-8 make the request a 400.
 */
public record RequestLine(List<String> segments, List<String[]> query) {

    public RequestLine {
        segments = List.copyOf(segments);
        query = List.copyOf(query);
    }

    public static RequestLine parse(String rawUri) {
        if (rawUri == null) {
            throw new ApiException(400, "Bad request");
        }
        String path = rawUri;
        String rawQuery = "";
        int q = rawUri.indexOf('?');
        if (q >= 0) {
            path = rawUri.substring(0, q);
            rawQuery = rawUri.substring(q + 1);
        }
        int hash = rawQuery.indexOf('#');
        if (hash >= 0) {
            rawQuery = rawQuery.substring(0, hash);
        }
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/", -1)) {
            if (!s.isEmpty()) {
                segments.add(decode(s, false));
            }
        }
        List<String[]> query = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            query.add(new String[] {name, value});
        }
        return new RequestLine(segments, query);
    }

    /** The segment after {@code /api/archive/<kind>/}, e.g. the user id of {@code /api/archive/user/{user_id}/download}. */
    public String segment(int index) {
        if (index >= segments.size()) {
            throw new ApiException(400, "Bad request");
        }
        return segments.get(index);
    }

    /** The first value of a query parameter. */
    public Optional<String> parameter(String name) {
        return query.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).findFirst();
    }

    static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new ApiException(400, "Bad request: malformed percent-encoding");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new ApiException(400, "Bad request: malformed percent-encoding");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "Bad request: not UTF-8");
        }
    }
}
