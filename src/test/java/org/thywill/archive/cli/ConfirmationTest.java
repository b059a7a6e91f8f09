package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The confirmation a restore asks for on a terminal. */
class ConfirmationTest {

    private final List<String> asked = new ArrayList<>();

    private Confirmation.Terminal answering(String answer) {
        return question -> {
            asked.add(question);
            return answer;
        };
    }

    @Test
    void yAndYesInAnyCaseConfirm() {
        for (String answer : new String[] {"y", "Y", "yes", " YES "}) {
            assertThat(Confirmation.ask(answering(answer), false, "Restore a over b? [y/N] ")).as(answer)
                    .isEqualTo(Confirmation.Answer.YES);
        }
        assertThat(asked).containsOnly("Restore a over b? [y/N] ");
    }

    @Test
    void anythingElseAnEmptyLineOrEndOfInputDeclines() {
        for (String answer : new String[] {"n", "", "no", "yy", "ja", null}) {
            assertThat(Confirmation.ask(answering(answer), false, "?")).as(String.valueOf(answer))
                    .isEqualTo(Confirmation.Answer.NO);
        }
    }

    @Test
    void withoutATerminalNothingIsAskedAndTheAnswerIsNoTerminal() {
        assertThat(Confirmation.ask(null, false, "?")).isEqualTo(Confirmation.Answer.NO_TERMINAL);
    }

    @Test
    void yesAnswersWithoutAsking() {
        assertThat(Confirmation.ask(answering("n"), true, "?")).isEqualTo(Confirmation.Answer.YES);
        assertThat(Confirmation.ask(null, true, "?")).isEqualTo(Confirmation.Answer.YES);
        assertThat(asked).isEmpty();
    }

    @Test
    void theTestsRunWithoutATerminal() {
        assertThat(Confirmation.system()).as("surefire pipes the JVM's input and output").isNull();
    }
}
