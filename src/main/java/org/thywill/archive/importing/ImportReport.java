package org.thywill.archive.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.thywill.archive.store.reconcile.FileReconciliation;
import org.thywill.archive.store.reconcile.LinkReport;

/** The outcome of an import run: files by outcome, rows by table, and every problem with its file and line. */
public final class ImportReport {

    private final String source;
    private final boolean dryRun;
    private final Map<String, Integer> filesByStatus = new TreeMap<>();
    private final Map<String, Integer> filesByKind = new TreeMap<>();
    private final Map<String, Integer> inserted = new TreeMap<>();
    private final Map<String, Integer> updated = new TreeMap<>();
    private final Map<String, Integer> deleted = new TreeMap<>();
    private final List<String> rejections = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private final List<FileOutcome> outcomes = new ArrayList<>();
    private long elapsedMs;

    private final boolean keepOutcomes;

    public ImportReport(String source, boolean dryRun) {
        this(source, dryRun, false);
    }

    /** @param keepOutcomes keep every file's outcome (for a few files; a tree's would fill the heap) */
    public ImportReport(String source, boolean dryRun, boolean keepOutcomes) {
        this.source = source;
        this.dryRun = dryRun;
        this.keepOutcomes = keepOutcomes;
        for (FileOutcome.Status s : FileOutcome.Status.values()) {
            filesByStatus.put(s.name().toLowerCase(java.util.Locale.ROOT), 0);
        }
    }

    void add(FileOutcome o) {
        if (keepOutcomes) {
            outcomes.add(o);
        }
        filesByStatus.merge(o.status().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        if (o.kind() != null && o.status() == FileOutcome.Status.IMPORTED) {
            filesByKind.merge(o.kind().name(), 1, Integer::sum);
        }
        if (o.status() == FileOutcome.Status.REJECTED) {
            rejections.addAll(o.problems());
        } else {
            conflicts.addAll(o.problems());
        }
        FileReconciliation c = o.changes();
        if (c != null) {
            c.inserted().forEach((t, n) -> inserted.merge(t, n, Integer::sum));
            c.updated().forEach((t, n) -> updated.merge(t, n, Integer::sum));
            c.deleted().forEach((t, n) -> deleted.merge(t, n, Integer::sum));
        }
    }

    void addRejection(String reason) {
        rejections.add(reason);
    }

    void add(LinkReport links) {
        if (links.invitersLinked() + links.inviteTokensUsedFilled() + links.userAttributesApplied() > 0) {
            updated.merge("user", links.invitersLinked() + links.inviteTokensUsedFilled() + links.userAttributesApplied(),
                    Integer::sum);
        }
        if (links.inviteTokensUpdated() > 0) {
            updated.merge("invitetoken", links.inviteTokensUpdated(), Integer::sum);
        }
        pending.clear();
        pending.addAll(links.pending());
        conflicts.addAll(links.conflicts());
    }

    void finish(long elapsedMs) {
        this.elapsedMs = elapsedMs;
    }

    public String getSource() {
        return source;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public Map<String, Integer> getFiles() {
        return filesByStatus;
    }

    public Map<String, Integer> getImportedFilesByKind() {
        return filesByKind;
    }

    public Map<String, Integer> getInserted() {
        return inserted;
    }

    public Map<String, Integer> getUpdated() {
        return updated;
    }

    public Map<String, Integer> getDeleted() {
        return deleted;
    }

    public List<String> getRejections() {
        return rejections;
    }

    public List<String> getConflicts() {
        return conflicts;
    }

    /** What still waits for another file (e.g. an inviter with no registration yet): not an error. */
    public List<String> getPending() {
        return pending;
    }

    /** Every file's outcome, in import order, when asked for (not part of the JSON report). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public List<FileOutcome> outcomes() {
        return outcomes;
    }

    public long getElapsedMs() {
        return elapsedMs;
    }

    public int totalInserted() {
        return inserted.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasProblems() {
        return !rejections.isEmpty() || !conflicts.isEmpty();
    }
}
