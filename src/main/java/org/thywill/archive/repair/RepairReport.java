package org.thywill.archive.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code repair-archives} did (a dry run: would do), per repair kind — {@value #SPLIT_PRAYERS} (a prayer's
 * {@code _N} copies merged into one file), {@value #HEADERLESS_FILES} (headers restored), {@value #PRAYER_POINTERS}
 * and {@value #USER_POINTERS} ({@code text_file_path} set) — how many were repaired and how many could not be, every
 * change, every problem (what could not be repaired, and why) and notes.
 *
 * @param quarantine the folder, relative to the archive root, that the merged copies were moved into
 *                   ({@code .repaired/<YYYYMMDD_HHMMSS>}); {@code null} when none was
 */
public record RepairReport(boolean dryRun, String quarantine, Map<String, KindCounts> kinds, List<Change> changes,
                           List<Problem> problems, List<String> notes) {

    public static final String SPLIT_PRAYERS = "split_prayers";
    public static final String HEADERLESS_FILES = "headerless_files";
    public static final String PRAYER_POINTERS = "prayer_pointers";
    public static final String USER_POINTERS = "user_pointers";

    /** Of one kind: repaired, and found but not repairable. */
    public record KindCounts(int repaired, int unrepaired) {
    }

    /** One change: its kind, what it is about (a file under the archive root, a prayer id, a display name), what. */
    public record Change(String kind, String subject, String detail) {
    }

    /** Something that could not be repaired: its kind, what it is about, why. */
    public record Problem(String kind, String subject, String reason) {
    }

    /** Changes over every kind. */
    public int repaired() {
        return changes.size();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Collects a run's outcomes. */
    static final class Builder {
        private final boolean dryRun;
        private String quarantine;
        private final List<Change> changes = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Builder(boolean dryRun) {
            this.dryRun = dryRun;
        }

        void change(String kind, String subject, String detail) {
            changes.add(new Change(kind, subject, detail));
        }

        void problem(String kind, String subject, String reason) {
            problems.add(new Problem(kind, subject, reason));
        }

        void note(String note) {
            notes.add(note);
        }

        void quarantine(String folder) {
            quarantine = folder;
        }

        RepairReport build() {
            Map<String, KindCounts> kinds = new LinkedHashMap<>();
            for (String kind : List.of(SPLIT_PRAYERS, HEADERLESS_FILES, PRAYER_POINTERS, USER_POINTERS)) {
                kinds.put(kind, new KindCounts((int) changes.stream().filter(c -> c.kind().equals(kind)).count(),
                        (int) problems.stream().filter(p -> p.kind().equals(kind)).count()));
            }
            return new RepairReport(dryRun, quarantine, kinds, List.copyOf(changes), List.copyOf(problems),
                    List.copyOf(notes));
        }
    }
}
