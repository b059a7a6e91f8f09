package org.thywill.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.testing.Samples;

class SqlTimeTest {

    @Test
    void everyDatetimeTheOriginalStoredFormatsBackToTheSameText() throws Exception {
        List<String> values = new ArrayList<>();
        for (String sample : Samples.NAMES) {
            try (Connection c = SqliteFacts.openReadOnly(Samples.database(sample))) {
                for (String table : SqliteFacts.tables(c)) {
                    for (String column : SqliteFacts.strings(c,
                            "SELECT name FROM pragma_table_info(?) WHERE type = 'DATETIME'", table)) {
                        values.addAll(SqliteFacts.strings(c,
                                "SELECT \"" + column + "\" FROM \"" + table + "\" WHERE \"" + column + "\" IS NOT NULL"));
                    }
                }
            }
        }
        assertThat(values).hasSizeGreaterThan(1500);
        for (String text : values) {
            assertThat(SqlTime.format(SqlTime.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void writesSixFractionDigitsAlwaysAsSqlAlchemyDoes() {
        assertThat(SqlTime.format(LocalDateTime.of(2024, 6, 5, 9, 7))).isEqualTo("2024-06-05 09:07:00.000000");
        assertThat(SqlTime.format(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 120_000))).isEqualTo("2024-02-29 23:59:59.000120");
        assertThat(SqlTime.format(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 123_456_789))).isEqualTo("2025-07-06 12:07:33.123456");
    }

    @Test
    void readsWhatPythonsFromisoformatReadsFromADatabase() {
        LocalDateTime t = LocalDateTime.of(2025, 7, 6, 12, 7, 33, 123_456_000);
        assertThat(SqlTime.parse("2025-07-06 12:07:33.123456")).isEqualTo(t);
        assertThat(SqlTime.parse("2025-07-06T12:07:33.123456")).isEqualTo(t);
        assertThat(SqlTime.parse("2025-07-06 12:07:33")).isEqualTo(t.withNano(0));
        assertThat(SqlTime.parse("2025-07-06 12:07:33.123")).isEqualTo(t.withNano(123_000_000));
        assertThat(SqlTime.parseNullable(null)).isNull();
        assertThat(SqlTime.formatNullable(null)).isNull();
    }

    @Test
    void refusesTextThatIsNotADatetimeAndSaysWhichText() {
        assertThatThrownBy(() -> SqlTime.parse("June 05 2024 at 09:07"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a DATETIME text: 'June 05 2024 at 09:07'");
        assertThatThrownBy(() -> SqlTime.parse("2024-02-30 10:00:00.000000"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
