package org.thywill.archive.format.users;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code users/YYYY_MM_users.txt} (reference §2.2), line by line in file order. Entries are never
 * re-sorted or de-duplicated: heal appends back-dated lines at the end and the original writes a line
 * again for a user who already exists (B17); which of them counts is the reconciler's decision.
 *
 * @param lines           every line, in order
 * @param endsWithNewline whether the text ends with {@code \n} (the original's files always do)
 */
public record RegistrationsFile(List<RegistrationsLine> lines, boolean endsWithNewline) {

    public RegistrationsFile {
        lines = List.copyOf(lines);
    }

    /** A file as the original writes it: header, blank line, one line per registration in the given order. */
    public static RegistrationsFile of(YearMonth month, List<Registration> registrations) {
        List<RegistrationsLine> lines = new ArrayList<>(registrations.size() + 2);
        lines.add(RegistrationsLine.Header.of(month));
        lines.add(new RegistrationsLine.Blank());
        for (Registration r : registrations) {
            lines.add(RegistrationsLine.Entry.of(r));
        }
        return new RegistrationsFile(lines, true);
    }

    /** The month named by the header on line 1, if there is one. It may disagree with the entries' dates. */
    public Optional<YearMonth> month() {
        return !lines.isEmpty() && lines.get(0) instanceof RegistrationsLine.Header h
                ? Optional.of(h.month()) : Optional.empty();
    }

    /** Every registration line's meaning, in file order, duplicates included. */
    public List<Registration> registrations() {
        return lines.stream()
                .filter(RegistrationsLine.Entry.class::isInstance)
                .map(l -> ((RegistrationsLine.Entry) l).registration())
                .toList();
    }

    /**
     * This file after the original's append of {@code registration}: one more line at the end (the
     * text to append is {@link RegistrationsFileWriter#appendText}).
     */
    public RegistrationsFile append(Registration registration) {
        List<RegistrationsLine> more = new ArrayList<>(lines);
        more.add(RegistrationsLine.Entry.of(registration));
        return new RegistrationsFile(more, true);
    }
}
