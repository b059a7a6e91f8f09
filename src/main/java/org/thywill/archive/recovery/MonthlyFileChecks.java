package org.thywill.archive.recovery;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.TextLines;

/**
 * A monthly file ({@code YYYY_MM} in its name) holds only its month: its title names the month of its name
 * ({@code User Registrations for February 2024} in {@code users/2024_02_users.txt}), and every dated line is dated
 * in that month. The date of a line is its leading timestamp as the kind writes it: the registration time before
 * {@code " - "}, a site activity day heading, the first {@code |} column of a table row, an event log's ISO time.
 * Lines the reader already reported, and lines with no such timestamp, are left to the reader.
 */
final class MonthlyFileChecks {

    /** Kinds whose rows start with a {@code |}-separated timestamp column. */
    private static final Set<ArchiveKind> TABLES = EnumSet.of(ArchiveKind.MONTHLY_MARKS,
            ArchiveKind.MONTHLY_ATTRIBUTES, ArchiveKind.MONTHLY_SKIPS, ArchiveKind.SESSIONS, ArchiveKind.INVITE_USAGE,
            ArchiveKind.ROLE_ASSIGNMENTS, ArchiveKind.EXPORT_SECURITY_EVENTS, ArchiveKind.AUTH_REQUESTS,
            ArchiveKind.AUTH_APPROVALS, ArchiveKind.AUTH_SECURITY_EVENTS, ArchiveKind.AUTH_NOTIFICATIONS,
            ArchiveKind.FEATURE_FLAGS);

    private static final Pattern NAME_MONTH = Pattern.compile("(\\d{4})_(\\d{2})");
    private static final Pattern TITLE_MONTH = Pattern.compile(
            " for ((?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})\\b");

    private MonthlyFileChecks() {
    }

    static boolean isMonthly(ArchiveKind kind) {
        return TABLES.contains(kind) || kind == ArchiveKind.USER_REGISTRATIONS || kind == ArchiveKind.SITE_ACTIVITY
                || kind == ArchiveKind.EVENT_LOG;
    }

    static void check(ParsedArchiveFile file, Consumer<ArchiveProblem> problems) {
        if (file.kind() == null || file.text() == null || !isMonthly(file.kind())) {
            return;
        }
        Optional<YearMonth> named = monthOfName(file.path());
        if (named.isEmpty()) {
            return;
        }
        YearMonth month = named.get();
        List<String> lines = TextLines.split(file.text()).lines();
        Set<Integer> reported = new HashSet<>();
        for (Diagnostic d : file.diagnostics()) {
            reported.add(d.line());
        }
        if (file.kind() != ArchiveKind.EVENT_LOG && !lines.isEmpty() && !reported.contains(1)) {
            Matcher m = TITLE_MONTH.matcher(lines.get(0));
            if (m.find()) {
                ArchiveTime.parseMonthYear(m.group(1)).filter(t -> !t.equals(month)).ifPresent(t ->
                        problems.accept(new ArchiveProblem(file.path(), 1, ArchiveProblem.HEADER, "the header names "
                                + ArchiveTime.monthYear(t) + " but the file is " + ArchiveTime.monthYear(month) + "'s")));
            }
        }
        int first = file.kind() == ArchiveKind.EVENT_LOG ? 0 : 1;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (reported.contains(i + 1) || line.isEmpty() || line.startsWith("Format: ")) {
                continue;
            }
            Optional<LocalDateTime> at = dateOf(file.kind(), line);
            if (at.isPresent() && !YearMonth.from(at.get()).equals(month)) {
                problems.accept(new ArchiveProblem(file.path(), i + 1, ArchiveProblem.MONTH, "a line of "
                        + ArchiveTime.monthYear(YearMonth.from(at.get())) + " in " + ArchiveTime.monthYear(month)
                        + "'s file"));
            }
        }
    }

    /** The month in a monthly file's name ({@code 2024_02_users.txt}, {@code session_events_2024_02.txt}). */
    static Optional<YearMonth> monthOfName(String path) {
        Matcher m = NAME_MONTH.matcher(path.substring(path.lastIndexOf('/') + 1));
        if (!m.find()) {
            return Optional.empty();
        }
        int monthValue = Integer.parseInt(m.group(2));
        return monthValue >= 1 && monthValue <= 12
                ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), monthValue)) : Optional.empty();
    }

    /** The leading timestamp of a line of {@code kind}, where it has one. */
    private static Optional<LocalDateTime> dateOf(ArchiveKind kind, String line) {
        if (kind == ArchiveKind.SITE_ACTIVITY) {
            return ArchiveTime.parseDay(line).map(d -> d.atStartOfDay());
        }
        if (kind == ArchiveKind.USER_REGISTRATIONS || kind == ArchiveKind.EVENT_LOG) {
            int dash = line.indexOf(" - ");
            return dash < 0 ? Optional.empty() : anyTime(line.substring(0, dash));
        }
        int bar = line.indexOf('|');
        return bar < 0 ? Optional.empty() : anyTime(line.substring(0, bar));
    }

    /** An archive {@code TS}, or an ISO time with or without an offset (its local date-time). */
    private static Optional<LocalDateTime> anyTime(String text) {
        return ArchiveTime.parseTs(text)
                .or(() -> ArchiveTime.parseIsoLocal(text))
                .or(() -> ArchiveTime.parseIsoOffset(text).map(t -> t.toLocalDateTime()));
    }
}
