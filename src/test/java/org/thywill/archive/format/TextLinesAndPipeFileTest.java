package org.thywill.archive.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextLinesAndPipeFileTest {

    @Test
    void linesKeepCarriageReturnsBlankLinesAndTheFinalNewline() {
        for (String text : List.of("", "\n", "a", "a\n", "a\r\nb\n\n", "\n\nx", "  indented  \n")) {
            assertThat(TextLines.split(text).join()).isEqualTo(text);
        }
        assertThat(TextLines.split("a\r\nb\n").lines()).containsExactly("a\r", "b");
    }

    @Test
    void liveLayoutHasOneBlankLineAndAFinalNewline() {
        PipeFile f = PipeFile.live("Prayer Marks for July 2025", "timestamp|prayer_id|user_id",
                List.of("July 06 2025 at 12:07|bf3c|Pat"));
        assertThat(f.write()).isEqualTo("Prayer Marks for July 2025\nFormat: timestamp|prayer_id|user_id\n\n"
                + "July 06 2025 at 12:07|bf3c|Pat\n");
        assertThat(PipeFile.read(f.write()).value()).isEqualTo(f);
    }

    @Test
    void exportLayoutHasTwoBlankLinesAndNoFinalNewline() {
        PipeFile f = PipeFile.export("Prayer Marks (exported July 16 2025 at 17:56)", "id|created_at|prayer_id|username",
                List.of("00a4|July 06 2025 at 12:10|bf3c|Pat"));
        assertThat(f.write()).isEqualTo("Prayer Marks (exported July 16 2025 at 17:56)\nFormat: id|created_at|prayer_id|username\n\n\n"
                + "00a4|July 06 2025 at 12:10|bf3c|Pat");
        PipeFile back = PipeFile.read(f.write()).value();
        assertThat(back).isEqualTo(f);
        assertThat(back.lineOf(0)).isEqualTo(5);
    }

    @Test
    void headerOnlyFilesRoundTrip() {
        for (String text : List.of("T\nFormat: a|b\n\n", "T\nFormat: a|b\n\n\n", "T\n\n", "T")) {
            assertThat(PipeFile.read(text).value().write()).isEqualTo(text);
        }
    }

    @Test
    void columnsSplitOnEveryBarKeepingEmptyOnes() {
        assertThat(PipeFile.columns("a||b|")).containsExactly("a", "", "b", "");
        assertThat(PipeFile.columns("")).containsExactly("");
    }

    @Test
    void anEmptyFileIsADiagnostic() {
        Parsed<PipeFile> p = PipeFile.read("");
        assertThat(p.diagnostics()).containsExactly(Diagnostic.ofFile("empty file: no title line"));
    }
}
