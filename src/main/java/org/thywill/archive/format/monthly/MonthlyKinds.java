package org.thywill.archive.format.monthly;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.ArchiveTime;

/** The row rules of the three monthly pipe kinds (reference §2.4, §8). */
final class MonthlyKinds {

    static final String MARKS_FORMAT = "timestamp|prayer_id|user_id";
    static final String SKIPS_FORMAT = "timestamp|prayer_id|user_id";
    static final String ATTRIBUTES_FORMAT = "timestamp|prayer_id|attribute_name|attribute_value|user_id";

    static final MonthlyKind<PrayerMark> MARKS = new MonthlyKind<>("Prayer Marks", MARKS_FORMAT) {
        @Override
        String render(PrayerMark m) {
            return ArchiveTime.ts(m.at()) + "|" + m.prayerId() + "|" + m.user();
        }

        @Override
        RowParse<PrayerMark> parse(List<String> columns) {
            return parseUserRow(columns, MARKS_FORMAT, PrayerMark::new);
        }

        @Override
        PrayerMark atMinute(PrayerMark m) {
            return new PrayerMark(ArchiveTime.toMinute(m.at()), m.prayerId(), m.user());
        }
    };

    static final MonthlyKind<PrayerSkip> SKIPS = new MonthlyKind<>("Prayer Skips", SKIPS_FORMAT) {
        @Override
        String render(PrayerSkip s) {
            return ArchiveTime.ts(s.at()) + "|" + s.prayerId() + "|" + s.user();
        }

        @Override
        RowParse<PrayerSkip> parse(List<String> columns) {
            return parseUserRow(columns, SKIPS_FORMAT, PrayerSkip::new);
        }

        @Override
        PrayerSkip atMinute(PrayerSkip s) {
            return new PrayerSkip(ArchiveTime.toMinute(s.at()), s.prayerId(), s.user());
        }
    };

    /**
     * The value is not escaped, so it may hold {@code |}; the other columns cannot. The value is
     * therefore everything between the third {@code |} and the last one (the original's importer
     * instead rejects such a row, B25).
     */
    static final MonthlyKind<PrayerAttribute> ATTRIBUTES = new MonthlyKind<>("Prayer Attributes", ATTRIBUTES_FORMAT) {
        @Override
        String render(PrayerAttribute a) {
            return ArchiveTime.ts(a.at()) + "|" + a.prayerId() + "|" + a.name() + "|" + a.value() + "|"
                    + (a.bySystem() ? PrayerAttribute.SYSTEM : a.createdBy());
        }

        @Override
        RowParse<PrayerAttribute> parse(List<String> columns) {
            if (columns.size() < 5) {
                return RowParse.problem(columnCount(ATTRIBUTES_FORMAT, "at least 5", columns.size()));
            }
            Optional<LocalDateTime> at = ArchiveTime.parseTs(columns.get(0));
            if (at.isEmpty()) {
                return RowParse.problem(MonthlyKind.unparsableTimestamp(columns.get(0)));
            }
            String prayerId = columns.get(1);
            String name = columns.get(2);
            String value = String.join("|", columns.subList(3, columns.size() - 1));
            String user = columns.get(columns.size() - 1);
            if (prayerId.isEmpty()) {
                return RowParse.problem("empty prayer_id");
            }
            if (name.isEmpty()) {
                return RowParse.problem("empty attribute_name");
            }
            if (user.isEmpty()) {
                return RowParse.problem("empty user_id (the original writes 'system' when there is no user)");
            }
            return RowParse.of(new PrayerAttribute(at.get(), prayerId, name, value, user));
        }

        @Override
        PrayerAttribute atMinute(PrayerAttribute a) {
            return new PrayerAttribute(ArchiveTime.toMinute(a.at()), a.prayerId(), a.name(), a.value(), a.createdBy());
        }
    };

    private MonthlyKinds() {
    }

    private interface UserRow<T> {
        T of(LocalDateTime at, String prayerId, String user);
    }

    private static <T> MonthlyKind.RowParse<T> parseUserRow(List<String> columns, String format, UserRow<T> row) {
        if (columns.size() != 3) {
            return MonthlyKind.RowParse.problem(columnCount(format, "3", columns.size()));
        }
        Optional<LocalDateTime> at = ArchiveTime.parseTs(columns.get(0));
        if (at.isEmpty()) {
            return MonthlyKind.RowParse.problem(MonthlyKind.unparsableTimestamp(columns.get(0)));
        }
        if (columns.get(1).isEmpty()) {
            return MonthlyKind.RowParse.problem("empty prayer_id");
        }
        if (columns.get(2).isEmpty()) {
            return MonthlyKind.RowParse.problem("empty user_id");
        }
        return MonthlyKind.RowParse.of(row.of(at.get(), columns.get(1), columns.get(2)));
    }

    private static String columnCount(String format, String expected, int found) {
        return "expected " + expected + " columns (" + format + "), found " + found;
    }
}
