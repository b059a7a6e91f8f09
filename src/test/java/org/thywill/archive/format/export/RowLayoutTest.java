package org.thywill.archive.format.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.thywill.archive.format.export.Column.escaped;
import static org.thywill.archive.format.export.Column.free;
import static org.thywill.archive.format.export.Column.plain;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RowLayoutTest {

    @Test
    void exactColumnCountSplitsOnEveryBar() {
        assertThat(RowLayout.of(plain("a"), escaped("b"), plain("c")).split("1|x\\|2"))
                .containsExactly("1", "x\\", "2");
    }

    @Test
    void escapedColumnJoinsOnlyAcrossEscapedBars() {
        RowLayout layout = RowLayout.of(plain("a"), escaped("b"), plain("c"));
        assertThat(layout.split("1|x\\|y\\|z|2")).containsExactly("1", "x|y|z", "2");
        assertThatThrownBy(() -> layout.split("1|x|y|2")).isInstanceOf(BadRowException.class)
                .hasMessage("expected 3 columns, found 4");
    }

    @Test
    void freeColumnTakesWhateverIsLeft() {
        assertThat(RowLayout.of(plain("a"), free("b"), plain("c"), plain("d")).split("1|x|y|2|3"))
                .containsExactly("1", "x|y", "2", "3");
    }

    @Test
    void aTestOnAFreeColumnDecidesAnAmbiguousSplit() {
        RowLayout layout = RowLayout.of(free("desc"), free("json", JsonList::isStringList), plain("end"));
        assertThat(layout.split("a|b|[\"c|d\"]|e")).containsExactly("a|b", "[\"c|d\"]", "e");
    }

    @Test
    void rowsWithThousandsOfBarsAreSplitQuickly() {
        String bars = "x\\|".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(RowLayout.of(plain("a"), escaped("old"), escaped("new")).split("1|" + bars + "y|z"))
                    .hasSize(3).endsWith("z");
            assertThatThrownBy(() -> RowLayout.of(plain("a"), escaped("old"), escaped("new")).split("1|" + bars + "y|z|w"))
                    .isInstanceOf(BadRowException.class);
            assertThat(RowLayout.of(plain("id"), free("desc"), free("json", JsonList::isStringList), plain("end"))
                    .split("1|" + "d|".repeat(5_000) + "[\"a|b\"]|e")).element(2).isEqualTo("[\"a|b\"]");
        });
    }

    @Test
    void tooFewColumns() {
        assertThatThrownBy(() -> RowLayout.of(plain("a"), plain("b")).split("1"))
                .isInstanceOf(BadRowException.class).hasMessage("expected 2 columns, found 1");
    }

    @Test
    void jsonListRecognition() {
        assertThat(JsonList.isStringList("[]")).isTrue();
        assertThat(JsonList.isStringList("[\"read\", \"write_own\"]")).isTrue();
        assertThat(JsonList.isStringList(" [ \"a\\\"|\\u00e9\" ] ")).isTrue();
        assertThat(JsonList.isStringList("[\"a\",]")).isFalse();
        assertThat(JsonList.isStringList("[\"a\"] x")).isFalse();
        assertThat(JsonList.isStringList("\"a\"]")).isFalse();
        assertThat(JsonList.isStringList("[1]")).isFalse();
    }

    @Test
    void escapesAreExactInverses() {
        String v = "a|b\\|c\\\n|";
        assertThat(Escapes.unescapeBar(Escapes.escapeBar(v))).isEqualTo(v);
        String f = "line1\nline2 \\ end";
        assertThat(Escapes.escapeNewlines(f)).isEqualTo("line1\\\\nline2 \\ end");
        assertThat(Escapes.unescapeNewlines(Escapes.escapeNewlines(f))).isEqualTo(f);
        assertThat(Escapes.separators("a|b\\|c|")).isEqualTo(2);
    }
}
