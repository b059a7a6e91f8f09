package org.thywill.archive.api;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a file name of any script (RFC 6266 §4.3, RFC 5987): a quoted
 * ASCII {@code filename} (non-ASCII and control characters as {@code _}, {@code "} and {@code \} escaped with
 * {@code \}) for old clients, and {@code filename*=UTF-8''…} with the exact name percent-encoded, which clients
 * prefer. (The original sent the name unquoted, §9 item 24.)
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                ascii.append('\\').append((char) cp);
            } else if (cp < 0x20 || cp >= 0x7f) {
                ascii.append('_');
            } else {
                ascii.append((char) cp);
            }
        });
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 {@code value-chars}: attr-char kept, every other byte of the UTF-8 form as {@code %XX}. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
