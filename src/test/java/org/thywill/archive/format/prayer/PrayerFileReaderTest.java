package org.thywill.archive.format.prayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

/** Named regressions for the original parser's flaws (reference §7 B1–B16) and the prayer file diagnostics. */
class PrayerFileReaderTest {

    private static final String HEADER = "Prayer bf3c16094f1546babd1d3566471db805 by Mary Ann\nSubmitted July 06 2025 at 12:07\n";
    private static final LocalDateTime T = LocalDateTime.of(2025, 7, 6, 12, 7);

    private static Parsed<PrayerFile> read(String text) {
        return new PrayerFileReader().read(text);
    }

    private static PrayerFile clean(String text) {
        Parsed<PrayerFile> parsed = read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
        return parsed.value();
    }

    private static String file(String request, String generated, String... activity) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append(request).append("\n\n");
        if (generated != null) {
            sb.append("Generated Prayer:\n").append(generated).append("\n\n");
        }
        sb.append("Activity:\n");
        for (String line : activity) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    // ---- B1–B6: the request text and the generated prayer are read by structure -----------------------------

    @Test
    void b1_requestLinesWithColonsAreKept() {
        String request = "Please pray for: wisdom, patience, and rest.\nVerse for today: Isaiah 41:10";
        assertThat(clean(file(request, "Amen.")).requestText()).isEqualTo(request);
        assertThat(clean(file("Note: only colons\nPS: here", null)).requestText()).isEqualTo("Note: only colons\nPS: here");
    }

    @Test
    void b2_blankLinesIndentationAndTrailingSpacesAreKept() {
        String request = "Please pray for my pastor.\n\n\n   She is far from God right now.\n\n  Thank you.  \n\n";
        assertThat(clean(file(request, "Father,\n\nAmen.")).requestText()).isEqualTo(request);
    }

    @Test
    void b3_headerLookingLinesInTheTextDoNotTouchTheHeader() {
        String request = "Prayer for healing by the Lord\nSubmitted to God's will\nProject: our house church plant\n"
                + "Audience: all";
        PrayerFile p = clean(file(request, "Prayer x by y\nSubmitted June 01 2020 at 10:00"));

        assertThat(p.header().id()).isEqualTo("bf3c16094f1546babd1d3566471db805");
        assertThat(p.header().author()).isEqualTo("Mary Ann");
        assertThat(p.header().submitted()).isEqualTo(T);
        assertThat(p.header().projectTag()).isNull();
        assertThat(p.header().audience()).isNull();
        assertThat(p.requestText()).isEqualTo(request);
        assertThat(p.generatedPrayer()).isEqualTo("Prayer x by y\nSubmitted June 01 2020 at 10:00");
    }

    @Test
    void b4_activityAndGeneratedPrayerLinesInTheTextAreText() {
        String request = "I keep a list of what I do each day.\n\nActivity:\nJuly 06 2025 at 12:09 - Pat prayed this prayer\n"
                + "\nGenerated Prayer:\nnot the generated one\n\nGenerated Prayer:";
        PrayerFile p = clean(file(request, "Lord, hear us.", "July 06 2025 at 12:10 - Pat prayed this prayer"));

        assertThat(p.requestText()).isEqualTo(request);
        assertThat(p.generatedPrayer()).isEqualTo("Lord, hear us.");
        assertThat(p.activity()).containsExactly(new StandardEntry(T.plusMinutes(3), "Pat", StandardAction.PRAYED));
    }

    @Test
    void b4_generatedSectionStartsAtTheLastMarker() {
        String request = "first\n\nGenerated Prayer:\nstill the request";
        PrayerFile p = clean(file(request, "the real one"));

        assertThat(p.requestText()).isEqualTo(request);
        assertThat(p.generatedPrayer()).isEqualTo("the real one");
    }

    @Test
    void b5_generatedPrayerIsVerbatimWithoutAnAddedNewline() {
        String generated = "  Lord,\n\n  heal her.  \nAmen.\n";
        assertThat(clean(file("Please pray.", generated)).generatedPrayer()).isEqualTo(generated);
    }

    @Test
    void b6_categorizationIsReadOnlyFromTheHeader() {
        String withHeader = HEADER + "Project: healing\nSafety Score: 0.9\nSafety Flags: [\"self_harm\"]\nCategory: health\n"
                + "Specificity: specific\nCategorization Method: ai_full\nCategorization Confidence: 0.8\n\n"
                + "Category: not this\nSafety Score: 0.1\n\nActivity:\n";
        PrayerFile p = clean(withHeader);

        assertThat(p.header().projectTag()).isEqualTo("healing");
        assertThat(p.header().categorization())
                .isEqualTo(new Categorization("0.9", "[\"self_harm\"]", "health", "specific", "ai_full", "0.8"));
        assertThat(p.requestText()).isEqualTo("Category: not this\nSafety Score: 0.1");

        assertThat(clean(file("Category: health\nSafety Score: 0.1", null)).header().categorization()).isNull();
    }

    // ---- B7–B9: activity users and testimonies --------------------------------------------------------------

    @Test
    void b7_userWithSpaceIsWholeName() {
        PrayerFile p = clean(file("x", null, "July 07 2025 at 09:20 - Mary Ann marked this prayer as answered"));
        assertThat(p.activity()).containsExactly(
                new StandardEntry(LocalDateTime.of(2025, 7, 7, 9, 20), "Mary Ann", StandardAction.ANSWERED));
    }

    @Test
    void b8_authorWithByAndUsersWithDashAtApostropheAndUnicodeAreWhole() {
        String text = "Prayer abc123 by Stand by Me\nSubmitted July 06 2025 at 12:07\n\nx\n\nActivity:\n"
                + "July 06 2025 at 12:10 - Anne - Marie prayed this prayer\n"
                + "July 06 2025 at 12:11 - Joy at Dawn prayed this prayer\n"
                + "July 06 2025 at 12:12 - D'Angelo Price archived this prayer\n"
                + "July 06 2025 at 12:13 - 李明 restored this prayer\n"
                + "July 06 2025 at 12:14 - J.R. Smith flagged this prayer\n";
        PrayerFile p = clean(text);

        assertThat(p.header().id()).isEqualTo("abc123");
        assertThat(p.header().author()).isEqualTo("Stand by Me");
        assertThat(p.activity()).extracting(e -> ((TimedEntry) e).user())
                .containsExactly("Anne - Marie", "Joy at Dawn", "D'Angelo Price", "李明", "J.R. Smith");
        assertThat(p.activity()).extracting(e -> ((StandardEntry) e).action()).containsExactly(StandardAction.PRAYED,
                StandardAction.PRAYED, StandardAction.ARCHIVED, StandardAction.RESTORED, StandardAction.FLAGGED);
    }

    @Test
    void b9_multiLineTestimonyKeepsItsContinuationLines() {
        PrayerFile p = clean(file("x", null,
                "March 13 2024 at 02:36 - faith_walker_77 added testimony: She is recovering well.",
                "The doctors are amazed - we met with them at noon today.",
                "",
                "  indented: too",
                "March 14 2024 at 22:52 - faith_walker_77 archived this prayer"));

        assertThat(p.activity()).containsExactly(
                new TestimonyEntry(LocalDateTime.of(2024, 3, 13, 2, 36), "faith_walker_77",
                        "She is recovering well.\nThe doctors are amazed - we met with them at noon today.\n\n"
                                + "  indented: too", false),
                new StandardEntry(LocalDateTime.of(2024, 3, 14, 22, 52), "faith_walker_77", StandardAction.ARCHIVED));
    }

    // ---- B11/B12: heal phrasings and testimony text -----------------------------------------------------------

    @Test
    void b11_setAndRemovedPhrasingsAreParsedIntoNameOldAndNew() {
        PrayerFile p = clean(file("x", null,
                "July 07 2025 at 09:20 - Mary Ann set answered to 'true'",
                "July 07 2025 at 09:20 - Mary Ann set answer_date to '2025-07-07T09:20:32.142584'",
                "July 07 2025 at 09:20 - Mary Ann set answer_testimony to 'It's done: she's 'home' to stay'",
                "July 08 2025 at 10:00 - Mary Ann set archived to 'true'",
                "July 09 2025 at 10:00 - Mary Ann removed archived (was 'true')",
                "July 10 2025 at 08:00 - admin set daily_priority from '2025-07-09' to '2025-07-10'",
                "July 10 2025 at 08:01 - Joy at Dawn unknown",
                "July 10 2025 at 08:02 - Joy at Dawn custom_action: with: extra"));
        LocalDateTime a = LocalDateTime.of(2025, 7, 7, 9, 20);

        assertThat(p.activity()).containsExactly(
                new SetEntry(a, "Mary Ann", "answered", null, "true"),
                new SetEntry(a, "Mary Ann", "answer_date", null, "2025-07-07T09:20:32.142584"),
                new SetEntry(a, "Mary Ann", "answer_testimony", null, "It's done: she's 'home' to stay"),
                new SetEntry(LocalDateTime.of(2025, 7, 8, 10, 0), "Mary Ann", "archived", null, "true"),
                new RemovedEntry(LocalDateTime.of(2025, 7, 9, 10, 0), "Mary Ann", "archived", "true"),
                new SetEntry(LocalDateTime.of(2025, 7, 10, 8, 0), "admin", "daily_priority", "2025-07-09", "2025-07-10"),
                new OtherEntry(LocalDateTime.of(2025, 7, 10, 8, 1), "Joy at Dawn", "unknown", null),
                new OtherEntry(LocalDateTime.of(2025, 7, 10, 8, 2), "Joy at Dawn", "custom_action", "with: extra"));
        PrayerState state = PrayerReplay.replay(p.activity());
        assertThat(state.archived()).isFalse();
        assertThat(state.answered()).isTrue();
        assertThat(state.answeredAt()).isEqualTo(LocalDateTime.of(2025, 7, 7, 9, 20, 32, 142_584_000));
        assertThat(state.testimony()).isEqualTo("It's done: she's 'home' to stay");
        assertThat(state.dailyPriority()).isEqualTo("2025-07-10");
    }

    @Test
    void b11_restoredPrayerIsNotArchived() {
        PrayerFile p = clean(file("x", null,
                "July 08 2025 at 10:00 - Mary Ann archived this prayer",
                "July 09 2025 at 10:00 - Mary Ann restored this prayer"));
        assertThat(PrayerReplay.replay(p.activity()).archived()).isFalse();
    }

    @Test
    void b11_healWrittenMultiLineValueRunsOverContinuationLines() {
        PrayerFile p = clean(file("x", null,
                "July 07 2025 at 09:20 - admin set answer_testimony to 'She is recovering well.",
                "The doctors are amazed - we met with them at noon today.'",
                "July 07 2025 at 09:20 - admin added testimony: She is recovering well.",
                "The doctors are amazed - we met with them at noon today."));
        String text = "She is recovering well.\nThe doctors are amazed - we met with them at noon today.";
        LocalDateTime a = LocalDateTime.of(2025, 7, 7, 9, 20);

        assertThat(p.activity()).containsExactly(new SetEntry(a, "admin", "answer_testimony", null, text),
                new TestimonyEntry(a, "admin", text, false));
    }

    @Test
    void b12_testimonyKeepsItsTextWithColons() {
        PrayerFile p = clean(file("x", null,
                "July 07 2025 at 09:20 - Mary Ann added testimony: God is good: she recovered",
                "July 07 2025 at 09:21 - Mary Ann added testimony: "));
        assertThat(p.activity()).containsExactly(
                new TestimonyEntry(LocalDateTime.of(2025, 7, 7, 9, 20), "Mary Ann", "God is good: she recovered", false),
                new TestimonyEntry(LocalDateTime.of(2025, 7, 7, 9, 21), "Mary Ann", "", false));
    }

    @Test
    void encodedTestimonyIsDecodedExactly() {
        PrayerFile p = clean(file("x", null,
                "July 07 2025 at 09:20 - Mary Ann added testimony (encoded): line one\\nline two\\r\\n\\\\n stays"));
        assertThat(p.activity()).containsExactly(new TestimonyEntry(LocalDateTime.of(2025, 7, 7, 9, 20), "Mary Ann",
                "line one\nline two\r\n\\n stays", true));
    }

    // ---- B14–B16 --------------------------------------------------------------------------------------------

    @Test
    void b14_tempIdIsReportedAndAudienceIsKept() {
        String text = "Prayer temp by Mary Ann\nSubmitted July 06 2025 at 12:07\nAudience: all\n\nx\n\nActivity:\n";
        Parsed<PrayerFile> parsed = read(text);

        assertThat(parsed.value().header().id()).isEqualTo("temp");
        assertThat(parsed.value().header().audience()).isEqualTo("all");
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.reason()).contains("`temp`").contains("B14");
        });
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void b15_fileOrderIsKeptAndChronologicalOrderIsStable() {
        PrayerFile p = clean(file("x", null,
                "July 06 2025 at 12:10 - Pat prayed this prayer",
                "January 02 2024 at 03:04 - Pat prayed this prayer",
                "July 06 2025 at 12:10 - Mary Ann marked this prayer as answered",
                "July 06 2025 at 12:09 - Joy at Dawn prayed this prayer"));
        LocalDateTime late = LocalDateTime.of(2025, 7, 6, 12, 10);

        assertThat(p.activity()).extracting(e -> ((TimedEntry) e).at()).containsExactly(late,
                LocalDateTime.of(2024, 1, 2, 3, 4), late, late.minusMinutes(1));
        assertThat(p.chronologicalActivity()).containsExactly(
                new StandardEntry(LocalDateTime.of(2024, 1, 2, 3, 4), "Pat", StandardAction.PRAYED),
                new StandardEntry(late.minusMinutes(1), "Joy at Dawn", StandardAction.PRAYED),
                new StandardEntry(late, "Pat", StandardAction.PRAYED),
                new StandardEntry(late, "Mary Ann", StandardAction.ANSWERED));
    }

    @Test
    void b16_headerlessFileIsReportedAndItsActivityIsRead() {
        String text = "July 06 2025 at 12:10 - Pat prayed this prayer\nJuly 06 2025 at 12:11 - Mary Ann archived this prayer\n";
        Parsed<PrayerFile> parsed = read(text);

        assertThat(parsed.value().hasHeader()).isFalse();
        assertThat(parsed.value().activity()).containsExactly(
                new StandardEntry(T.plusMinutes(3), "Pat", StandardAction.PRAYED),
                new StandardEntry(T.plusMinutes(4), "Mary Ann", StandardAction.ARCHIVED));
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.reason()).contains("no `Prayer <id> by <author>` header").contains("B16");
        });
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void createdFileEndsWithActivityAndHasNoEntries() {
        PrayerFile p = clean(HEADER + "\nPlease pray.\n\nActivity:\n");
        assertThat(p).isEqualTo(PrayerFile.created(PrayerHeader.of("bf3c16094f1546babd1d3566471db805", "Mary Ann", T),
                "Please pray.", null));
    }

    @Test
    void emptyRequestTextIsRead() {
        assertThat(clean(HEADER + "\n\n\nGenerated Prayer:\ng\n\nActivity:\n").requestText()).isEmpty();
        assertThat(clean(HEADER + "\n\n\nActivity:\n").requestText()).isEmpty();
    }

    // ---- one test per diagnostic kind -----------------------------------------------------------------------

    private static Diagnostic onlyDiagnostic(Parsed<?> parsed) {
        assertThat(parsed.diagnostics()).hasSize(1);
        return parsed.diagnostics().get(0);
    }

    @Test
    void diagnostic_emptyFile() {
        Parsed<PrayerFile> parsed = read("");
        assertThat(onlyDiagnostic(parsed)).isEqualTo(new Diagnostic(0, "empty file: no header and no activity"));
        assertThat(parsed.value()).isEqualTo(PrayerFile.headerless(List.of()));
    }

    @Test
    void diagnostic_unparsableSubmittedTimestamp() {
        String text = "Prayer abc by Pat\nSubmitted yesterday at noon\n\nx\n\nActivity:\n";
        Parsed<PrayerFile> parsed = read(text);

        Diagnostic d = onlyDiagnostic(parsed);
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.reason()).isEqualTo("`yesterday at noon` is not a `Month DD YYYY at HH:MM` timestamp");
        assertThat(parsed.value().header().submitted()).isNull();
        assertThat(parsed.value().header().unrecognisedLines()).containsExactly("Submitted yesterday at noon");
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void diagnostic_missingSubmittedLine() {
        Parsed<PrayerFile> parsed = read("Prayer abc by Pat\nProject: p\n\nx\n\nActivity:\n");

        Diagnostic d = onlyDiagnostic(parsed);
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.reason()).startsWith("no `Submitted <Month DD YYYY at HH:MM>` line");
        assertThat(parsed.value().header().projectTag()).isEqualTo("p");
    }

    @Test
    void diagnostic_unrecognisedHeaderLine() {
        String text = HEADER + "Project: p\nMood: hopeful\n\nx\n\nActivity:\n";
        Parsed<PrayerFile> parsed = read(text);

        Diagnostic d = onlyDiagnostic(parsed);
        assertThat(d.line()).isEqualTo(4);
        assertThat(d.reason()).startsWith("unrecognised header line `Mood: hopeful`");
        assertThat(parsed.value().header().unrecognisedLines()).containsExactly("Mood: hopeful");
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void diagnostic_incompleteCategorizationBlockIsUnrecognised() {
        Parsed<PrayerFile> parsed = read(HEADER + "Safety Score: 0.9\nCategory: health\n\nx\n\nActivity:\n");

        assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(3, 4);
        assertThat(parsed.value().header().categorization()).isNull();
        assertThat(parsed.value().header().unrecognisedLines()).containsExactly("Safety Score: 0.9", "Category: health");
    }

    @Test
    void diagnostic_noBlankLineAfterHeader() {
        Parsed<PrayerFile> parsed = read(HEADER);

        Diagnostic d = onlyDiagnostic(parsed);
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.reason()).startsWith("no blank line after the header");
        assertThat(parsed.value().header().submitted()).isEqualTo(T);
    }

    @Test
    void diagnostic_noActivitySection() {
        Parsed<PrayerFile> parsed = read(HEADER + "\nPlease pray.\nActivity:\n");

        Diagnostic d = onlyDiagnostic(parsed);
        assertThat(d.line()).isEqualTo(6);
        assertThat(d.reason()).startsWith("no `Activity:` line after a blank line");
        assertThat(parsed.value().requestText()).isEqualTo("Please pray.\nActivity:\n");
    }

    @Test
    void diagnostic_activityLineWithUnparsableTimestampIsKept() {
        String text = file("x", null, "July 06 2025 at 12:10 - Pat prayed this prayer", "Julember 40 2025 at 12:10 - Pat prayed this prayer");
        Parsed<PrayerFile> parsed = read(text);

        Diagnostic d = onlyDiagnostic(parsed);
        assertThat(d.line()).isEqualTo(8);
        assertThat(d.reason()).contains("`Julember 40 2025 at 12:10` is not a `Month DD YYYY at HH:MM` timestamp");
        assertThat(parsed.value().activity()).element(1)
                .isEqualTo(new UnrecognisedLine("Julember 40 2025 at 12:10 - Pat prayed this prayer"));
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void diagnostic_activityLineWithoutSeparator() {
        Parsed<PrayerFile> parsed = read(file("x", null, "Pat prayed this prayer"));

        assertThat(onlyDiagnostic(parsed)).isEqualTo(new Diagnostic(7, "not an activity line: no ` - ` after a timestamp"));
        assertThat(parsed.value().activity()).containsExactly(new UnrecognisedLine("Pat prayed this prayer"));
    }

    @Test
    void diagnostic_unknownActivityPhrase() {
        Parsed<PrayerFile> parsed = read(file("x", null, "July 06 2025 at 12:10 - Pat Did Something!"));

        assertThat(onlyDiagnostic(parsed)).isEqualTo(new Diagnostic(7, "unknown activity phrase in `Pat Did Something!`"));
        assertThat(parsed.value().activity()).containsExactly(new UnrecognisedLine("July 06 2025 at 12:10 - Pat Did Something!"));
    }

    @Test
    void diagnostic_blankLineInActivitySection() {
        Parsed<PrayerFile> parsed = read(file("x", null, ""));

        assertThat(onlyDiagnostic(parsed)).isEqualTo(new Diagnostic(7, "blank line in the activity section"));
        assertThat(parsed.value().activity()).containsExactly(new UnrecognisedLine(""));
    }

    @Test
    void diagnostic_lineThatCannotContinueTheActivityAbove() {
        String text = file("x", null, "July 06 2025 at 12:10 - Pat prayed this prayer", "and then some");
        Parsed<PrayerFile> parsed = read(text);

        Diagnostic d = onlyDiagnostic(parsed);
        assertThat(d.line()).isEqualTo(8);
        assertThat(d.reason()).startsWith("line does not continue the activity above");
        assertThat(parsed.value().activity()).containsExactly(new StandardEntry(T.plusMinutes(3), "Pat", StandardAction.PRAYED),
                new UnrecognisedLine("and then some"));
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void diagnostic_quotedValueNeverClosed() {
        Parsed<PrayerFile> parsed = read(file("x", null, "July 06 2025 at 12:10 - admin set answer_testimony to 'never closed", "more"));

        assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(7, 8);
        assertThat(parsed.diagnostics().get(0).reason()).isEqualTo(
                "a quoted value opened with ' is not closed on this or the following lines");
        assertThat(parsed.value().activity()).containsExactly(
                new UnrecognisedLine("July 06 2025 at 12:10 - admin set answer_testimony to 'never closed"),
                new UnrecognisedLine("more"));
    }

    @Test
    void diagnostic_encodedTestimonyWithInvalidEscape() {
        Parsed<PrayerFile> parsed = read(file("x", null, "July 06 2025 at 12:10 - Pat added testimony (encoded): bad \\t escape"));

        Diagnostic d = onlyDiagnostic(parsed);
        assertThat(d.line()).isEqualTo(7);
        assertThat(d.reason()).startsWith("encoded testimony with an invalid escape");
        assertThat(parsed.value().activity()).containsExactly(
                new UnrecognisedLine("July 06 2025 at 12:10 - Pat added testimony (encoded): bad \\t escape"));
    }

    @Test
    void diagnostic_missingFinalNewline() {
        Parsed<PrayerFile> parsed = read(HEADER + "\nx\n\nActivity:\nJuly 06 2025 at 12:10 - Pat prayed this prayer");

        assertThat(onlyDiagnostic(parsed)).isEqualTo(new Diagnostic(7,
                "the file does not end with a newline after its last activity line (truncated append?)"));
        assertThat(parsed.value().activity()).containsExactly(new StandardEntry(T.plusMinutes(3), "Pat", StandardAction.PRAYED));
    }

    @Test
    void leniencyUnpaddedTimestampsAreRead() {
        Parsed<PrayerFile> parsed = read("Prayer a by b\nSubmitted July 6 2025 at 9:07\n\nx\n\nActivity:\nJuly 6 2025 at 9:08 - Pat prayed this prayer\n");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().header().submitted()).isEqualTo(LocalDateTime.of(2025, 7, 6, 9, 7));
        assertThat(parsed.value().activity()).containsExactly(
                new StandardEntry(LocalDateTime.of(2025, 7, 6, 9, 8), "Pat", StandardAction.PRAYED));
    }
}
