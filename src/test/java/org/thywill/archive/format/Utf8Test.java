package org.thywill.archive.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void decodesValidText() {
        String text = "Zoë Kraus 李明 🙏\n";
        assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(Parsed.clean(text));
    }

    @Test
    void namesTheLineAndColumnOfTheFirstInvalidByte() {
        byte[] latin1 = "User Registrations for July 2025\n\nJuly 06 2025 at 12:00 - Zo\u00eb joined directly\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Parsed<String> p = Utf8.decode(latin1);
        assertThat(p.value()).isNull();
        assertThat(p.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.reason()).startsWith("not valid UTF-8: byte 0xEB at column 27");
        });
    }

    @Test
    void aTruncatedMultiByteSequenceAtTheEndIsInvalid() {
        byte[] full = "a\n李".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        assertThat(Utf8.decode(cut).diagnostics()).singleElement().extracting(Diagnostic::line).isEqualTo(2);
    }
}
