package org.thywill.archive.heal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a heal run: per kind ({@code prayers}, {@code registrations}, {@code user_attributes},
 * {@code sessions}, {@code invite_usage}, {@code skips}, {@code roles}, {@code user_roles}) how many
 * files were created, appended to, rewritten, and found complete (of which how many were known unchanged since the
 * last heal, and not read again: see {@link SettledPrayers}); the database pointers ({@code text_file_path})
 * set per table; every change as one line ({@code created prayers/…}, a dry run's listing); notes (what the archive
 * format cannot express exactly) and problems (files left alone, with {@code file:line: reason}).
 */
public record HealReport(boolean dryRun, Map<String, KindCounts> kinds, Map<String, Integer> pointersSet,
                         List<String> changes, List<String> notes, List<String> problems) {

    /** Files of one kind by what heal did to them; {@code unchanged} are among the {@code complete}. */
    public record KindCounts(int created, int appended, int rewritten, int complete, int unchanged) {
        public int healed() {
            return created + appended + rewritten;
        }
    }

    /** Files healed over every kind. */
    public int healed() {
        return kinds.values().stream().mapToInt(KindCounts::healed).sum();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** What a file ended up as. */
    enum Outcome { CREATED, APPENDED, REWRITTEN, COMPLETE, LEFT_ALONE }

    /** Collects a run's outcomes. */
    static final class Builder {
        private final boolean dryRun;
        private final Map<String, int[]> kinds = new LinkedHashMap<>();
        private final Map<String, Integer> pointers = new LinkedHashMap<>();
        private final List<String> changes = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Builder(boolean dryRun) {
            this.dryRun = dryRun;
        }

        void kind(String kind) {
            kinds.computeIfAbsent(kind, k -> new int[5]);
        }

        void file(String kind, Outcome outcome, String relativePath, String detail) {
            int[] c = kinds.computeIfAbsent(kind, k -> new int[5]);
            if (outcome == Outcome.LEFT_ALONE) {
                return;
            }
            c[outcome.ordinal()]++;
            if (outcome != Outcome.COMPLETE) {
                changes.add(outcome.name().toLowerCase(java.util.Locale.ROOT) + " " + relativePath
                        + (detail == null ? "" : " (" + detail + ")"));
            }
        }

        /** Complete files not read again: nothing they or their rows hold changed since the last heal. */
        void unchanged(String kind, int files) {
            int[] c = kinds.computeIfAbsent(kind, k -> new int[5]);
            c[Outcome.COMPLETE.ordinal()] += files;
            c[4] += files;
        }

        void pointer(String table, String what) {
            pointers.merge(table, 1, Integer::sum);
            changes.add("set " + table + ".text_file_path of " + what);
        }

        void note(String note) {
            notes.add(note);
        }

        void problem(String problem) {
            problems.add(problem);
        }

        HealReport build() {
            Map<String, KindCounts> k = new LinkedHashMap<>();
            kinds.forEach((name, c) -> k.put(name, new KindCounts(c[0], c[1], c[2], c[3], c[4])));
            return new HealReport(dryRun, k, Map.copyOf(pointers), List.copyOf(changes), List.copyOf(notes),
                    List.copyOf(problems));
        }
    }
}
