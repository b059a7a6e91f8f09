package org.thywill.archive.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * The question a destructive command asks before it acts. It is asked only on a terminal; without one (a script,
 * cron, a pipe) the command refuses unless told {@code --yes}, because an unanswerable prompt must not decide.
 */
final class Confirmation {

    /** Where the question is asked: a line typed in answer, or null at end of input. */
    interface Terminal {
        String ask(String question);
    }

    enum Answer { YES, NO, NO_TERMINAL }

    private Confirmation() {
    }

    /** The process's terminal, or null when it has none ({@code System.console()} is null or not a terminal). */
    static Terminal system() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return null;
        }
        return question -> console.readLine("%s", question);
    }

    /** {@code yes} answers for the user; else a terminal must be there and the answer be {@code y} or {@code yes}. */
    static Answer ask(Terminal terminal, boolean yes, String question) {
        if (yes) {
            return Answer.YES;
        }
        if (terminal == null) {
            return Answer.NO_TERMINAL;
        }
        String line = terminal.ask(question);
        String a = line == null ? "" : line.strip().toLowerCase(java.util.Locale.ROOT);
        return a.equals("y") || a.equals("yes") ? Answer.YES : Answer.NO;
    }

    /**
     * From Java 22 {@code System.console()} also returns a console when input or output is redirected; its
     * {@code isTerminal()} then says false. Before Java 22 a console is always a terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
