package org.thywill.archive.format.membership;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.Tier2Arbitraries;

/** write→read identity for membership applications, and write(read(text)) == text for any text. */
class MembershipApplicationProperties {

    private final MembershipApplicationReader reader = new MembershipApplicationReader();
    private final MembershipApplicationWriter writer = new MembershipApplicationWriter();

    @Property(tries = 300)
    void applicationsSurviveWriteThenRead(@ForAll("applications") MembershipApplication application) {
        Parsed<MembershipApplicationFile> back = reader.read(writer.write(application));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(application);
    }

    @Property(tries = 300)
    void anyEditedApplicationTextIsWrittenBackUnchanged(@ForAll("editedTexts") String text) {
        assertThat(writer.write(reader.read(text).value())).isEqualTo(text);
    }

    /** Multi-line text whose lines look like the file's own fields, decisions and blank lines. */
    private static Arbitrary<String> multiLine() {
        Arbitrary<String> line = Arbitraries.oneOf(Tier2Arbitraries.lineTextWithPipes(),
                Arbitraries.of("", "  indented", "USERNAME: impostor", "CONTACT INFO: fake", "STATUS: pending",
                        "STATUS: approved", "ESSAY/MOTIVATION:", "APPROVED by admin at 2025-07-07T10:00:00",
                        "Invite token: x", "REJECTED by Pat at 2025-07-07T10:00:00", "Reason: r", "IP Address: Unknown"));
        return line.list().ofMaxSize(6).map(ls -> String.join("\n", ls));
    }

    private static Arbitrary<String> oneLine(String mappedToNull) {
        return Tier2Arbitraries.nonEmptyLineText().filter(s -> !s.equals(mappedToNull));
    }

    @Provide
    Arbitrary<MembershipApplication> applications() {
        Arbitrary<String> hex = Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(32);
        Arbitrary<Decision> approved = Combinators.combine(Tier2Arbitraries.names(), Tier2Arbitraries.micros(),
                Tier2Arbitraries.lineTextWithPipes()).as(Decision.Approved::new);
        Arbitrary<Decision> rejected = Combinators.combine(Tier2Arbitraries.names(), Tier2Arbitraries.micros(),
                multiLine().filter(r -> !r.isEmpty() && !r.contains("CONTACT INFO: ")).injectNull(0.4))
                .as(Decision.Rejected::new);
        Arbitrary<Decision> decision = Arbitraries.oneOf(approved, rejected).injectNull(0.3);
        return Combinators.combine(hex, Tier2Arbitraries.micros(), oneLine("Unknown").injectNull(0.2),
                        Arbitraries.oneOf(Tier2Arbitraries.names(), Tier2Arbitraries.lineText()), multiLine(),
                        oneLine("None provided").injectNull(0.3), decision)
                .as(MembershipApplication::new);
    }

    @Provide
    Arbitrary<String> editedTexts() {
        Arbitrary<String> valid = applications().map(writer::write);
        Arbitrary<String> insertion = Arbitraries.oneOf(Arbitraries.of("", "\n", "\n\n", "APPROVED by x at ", "Reason: ",
                "CONTACT INFO: ", "STATUS: pending\n", "2025-07-07T10:00:00\n"), Arbitraries.strings().all().ofMaxLength(6));
        return Combinators.combine(valid, Arbitraries.doubles().between(0, 1), insertion, Arbitraries.of(true, false))
                .as((text, where, insert, truncate) -> {
                    int at = (int) (where * text.length());
                    return truncate ? text.substring(0, at) + insert : text.substring(0, at) + insert + text.substring(at);
                });
    }
}
