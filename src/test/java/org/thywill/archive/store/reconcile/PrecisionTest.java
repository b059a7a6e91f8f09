package org.thywill.archive.store.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Archive precision: minutes, and answer_date values at the minute. */
class PrecisionTest {

    @Test
    void answerDatesCompareAtTheMinuteWhateverTheirShape() {
        assertThat(Precision.value("answer_date", "2024-01-01T20:58:00.193730")).isEqualTo("2024-01-01T20:58:00");
        assertThat(Precision.value("answer_date", "2024-01-01 20:58:59")).isEqualTo("2024-01-01T20:58:00");
        assertThat(Precision.value("answer_date", "2024-01-01T20:58")).isEqualTo("2024-01-01T20:58:00");
        assertThat(Precision.value("answer_date", "soon")).isEqualTo("soon");
        assertThat(Precision.sameValue("answer_date", "2024-01-01T20:58:00.193730", "2024-01-01T20:58:00")).isTrue();
        assertThat(Precision.sameValue("answer_date", "2024-01-01T20:58:00", "2024-01-01T20:59:00")).isFalse();
    }

    @Test
    void otherValuesCompareExactly() {
        assertThat(Precision.value("answer_testimony", "2024-01-01T20:58:00.1")).isEqualTo("2024-01-01T20:58:00.1");
        assertThat(Precision.sameValue("answered", "true", "True")).isFalse();
        assertThat(Precision.attributeOf("remove_answer_date")).isEqualTo("answer_date");
        assertThat(Precision.LogKey.of("p", "u", "set_answer_date", null, "2024-01-01T20:58:33.5",
                LocalDateTime.parse("2024-01-01T20:58:59"))).isEqualTo(Precision.LogKey.of("p", "u", "set_answer_date",
                null, "2024-01-01T20:58:00", LocalDateTime.parse("2024-01-01T20:58")));
    }

    @Test
    void storedDatetimesAreReadToTheMinute() {
        assertThat(Precision.storedMinute("2024-06-05 09:07:33.123456")).isEqualTo(LocalDateTime.parse("2024-06-05T09:07"));
        assertThat(Precision.storedMinute("2024-06-05T09:07")).isEqualTo(LocalDateTime.parse("2024-06-05T09:07"));
        assertThat(Precision.storedMinute("2024-06-05 09:07:33")).isEqualTo(LocalDateTime.parse("2024-06-05T09:07"));
    }
}
